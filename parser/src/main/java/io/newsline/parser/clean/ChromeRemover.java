package io.newsline.parser.clean;

import io.newsline.parser.profile.CssSelector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Deletes page chrome in one walk of the document: first the profile's {@code remove} selectors, then the generic
 * rules ({@link TagRule}, {@link NamePatternRule}). The article container and its ancestors are never deleted
 * (a wrapper named {@code content-with-sidebar} still holds the article), though chrome inside it is.
 * Thread-safe; modifies the document it is given.
 */
public final class ChromeRemover {
    private final List<ChromeRule> genericRules = List.of(new TagRule(), new NamePatternRule());

    /**
     * Removes chrome from {@code doc}.
     *
     * @param profileRemove the profile's {@code extract.remove} selectors (may be empty)
     * @param keep          the article container candidates (may be empty); they and their ancestors stay
     * @return how many elements were removed
     */
    public int removeChrome(Document doc, List<CssSelector> profileRemove, Collection<Element> keep) {
        Objects.requireNonNull(doc, "doc");
        List<ChromeRule> rules = new ArrayList<>();
        if (!profileRemove.isEmpty()) {
            rules.add(new SelectorRule(profileRemove));
        }
        rules.addAll(genericRules);
        Set<Element> protectedElements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element container : keep) {
            for (Element e = container; e != null && protectedElements.add(e); e = e.parent()) {
                // the container and each ancestor up to one already protected
            }
        }
        Walk walk = new Walk(doc, rules, protectedElements, Set.copyOf(keep));
        NodeTraversor.filter(walk, doc);
        return walk.removed;
    }

    private static final class Walk implements NodeFilter {
        private final Document root;
        private final List<ChromeRule> rules;
        private final Set<Element> protectedElements;
        private final Set<Element> containers;
        private Element article;
        private int removed;

        Walk(Document root, List<ChromeRule> rules, Set<Element> protectedElements, Set<Element> containers) {
            this.root = root;
            this.rules = rules;
            this.protectedElements = protectedElements;
            this.containers = containers;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            if (!protectedElements.contains(el)) {
                ChromeRule.Position position = new ChromeRule.Position(root, article != null);
                for (ChromeRule rule : rules) {
                    if (rule.isChrome(el, position)) {
                        removed++;
                        return FilterResult.REMOVE;
                    }
                }
            }
            if (article == null && (containers.contains(el) || el.normalName().equals("article") || el.normalName().equals("main")
                    || "main".equals(el.attr("role")))) {
                article = el;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == article) {
                article = null;
            }
            return FilterResult.CONTINUE;
        }
    }
}
