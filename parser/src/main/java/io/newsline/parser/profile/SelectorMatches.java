package io.newsline.parser.profile;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * The first element each of a profile's selectors matches, found during a walk of the document that other stages
 * share (so a profile with twenty selectors costs one walk, not twenty). Use as a {@link NodeVisitor} over the
 * whole document, then ask {@link #first}. One instance per page; not thread-safe.
 */
public final class SelectorMatches implements NodeVisitor {
    private final Element root;
    private final List<CssSelector> selectors;
    /** The first match of each selector, by its index in {@code selectors}; null until found. */
    private final Element[] first;
    private int found;

    public SelectorMatches(Element root, Collection<CssSelector> selectors) {
        this.root = root;
        this.selectors = List.copyOf(new LinkedHashSet<>(selectors));
        this.first = new Element[this.selectors.size()];
    }

    /** All selectors of a profile's extract rules. */
    public static SelectorMatches of(Element root, ExtractRules rules) {
        return new SelectorMatches(root, rules.selectors());
    }

    @Override
    public void head(Node node, int depth) {
        if (found == first.length || !(node instanceof Element el)) {
            return;
        }
        for (int i = 0; i < first.length; i++) {
            if (first[i] == null && selectors.get(i).matches(root, el)) {
                first[i] = el;
                found++;
            }
        }
    }

    /** The first element in document order matching {@code selector}, if the walk saw one. */
    public Optional<Element> first(CssSelector selector) {
        int i = indexOf(selector);
        return i < 0 ? Optional.empty() : Optional.ofNullable(first[i]);
    }

    /** True when {@code el} is the first match of one of {@code selectors}. */
    public boolean isFirstMatchOf(Element el, List<CssSelector> candidates) {
        for (CssSelector s : candidates) {
            int i = indexOf(s);
            if (i >= 0 && first[i] == el) {
                return true;
            }
        }
        return false;
    }

    /** The selector's index; selectors are compared by identity (a site file may repeat a query in two fields). */
    private int indexOf(CssSelector selector) {
        for (int i = 0; i < first.length; i++) {
            if (selectors.get(i) == selector) {
                return i;
            }
        }
        return -1;
    }
}
