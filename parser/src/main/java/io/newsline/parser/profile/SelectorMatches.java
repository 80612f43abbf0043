package io.newsline.parser.profile;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final Map<CssSelector, Element> first = new IdentityHashMap<>();

    public SelectorMatches(Element root, Collection<CssSelector> selectors) {
        this.root = root;
        this.selectors = List.copyOf(new LinkedHashSet<>(selectors));
    }

    /** All selectors of a profile's extract rules. */
    public static SelectorMatches of(Element root, ExtractRules rules) {
        return new SelectorMatches(root, rules.selectors());
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element el) || first.size() == selectors.size()) {
            return;
        }
        for (CssSelector selector : selectors) {
            if (!first.containsKey(selector) && selector.matches(root, el)) {
                first.put(selector, el);
            }
        }
    }

    /** The first element in document order matching {@code selector}, if the walk saw one. */
    public Optional<Element> first(CssSelector selector) {
        return Optional.ofNullable(first.get(selector));
    }

    /** True when {@code el} is the first match of one of {@code selectors}. */
    public boolean isFirstMatchOf(Element el, List<CssSelector> candidates) {
        for (CssSelector s : candidates) {
            if (first.get(s) == el) {
                return true;
            }
        }
        return false;
    }
}
