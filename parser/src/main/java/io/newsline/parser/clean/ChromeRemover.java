package io.newsline.parser.clean;

import io.newsline.parser.profile.CssSelector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Deletes page chrome: the profile's {@code remove} selectors, then the generic rules ({@link TagRule},
 * {@link NamePatternRule}). The article container and its ancestors are never deleted (a wrapper named
 * {@code content-with-sidebar} still holds the article), though chrome inside it is. Works in two steps so the
 * marking can share one walk of the document with other stages: {@link #marking} gives a visitor that marks
 * chrome, {@link Marking#removeMarked} then deletes it. Thread-safe.
 */
public final class ChromeRemover {
    private final List<ChromeRule> genericRules = List.of(new TagRule(), new NamePatternRule());

    /**
     * Removes chrome from {@code doc} in a walk of its own.
     *
     * @param profileRemove the profile's {@code extract.remove} selectors (may be empty)
     * @param keep          the article container candidates (may be empty); they and their ancestors stay
     * @return how many elements were removed
     */
    public int removeChrome(Document doc, List<CssSelector> profileRemove, Collection<Element> keep) {
        Objects.requireNonNull(doc, "doc");
        Set<Element> containers = identitySet(keep);
        Marking marking = marking(doc, profileRemove, containers::contains, !keep.isEmpty());
        NodeTraversor.traverse(marking, doc);
        return marking.removeMarked(keep);
    }

    /**
     * A visitor that marks chrome in one walk of {@code doc}.
     *
     * @param isContainer   tells the article container (whose header and footer are kept) when the walk meets it
     * @param mayHoldContainer true when a container may sit inside chrome, so chrome must be marked to its leaves
     *                      (a marked element that turns out to hold the container is kept, its chrome children not)
     */
    public Marking marking(Document doc, List<CssSelector> profileRemove, Predicate<Element> isContainer, boolean mayHoldContainer) {
        List<ChromeRule> rules = new ArrayList<>();
        if (!profileRemove.isEmpty()) {
            rules.add(new SelectorRule(profileRemove));
        }
        rules.addAll(genericRules);
        return new Marking(doc, rules, isContainer, mayHoldContainer);
    }

    /** The chrome marked in one walk; {@link #removeMarked} deletes it. */
    public static final class Marking implements NodeVisitor {
        private final List<ChromeRule> rules;
        private final Predicate<Element> isContainer;
        private final boolean markInsideChrome;
        private final List<Element> marked = new ArrayList<>();
        private final ChromeRule.Position outsideArticle;
        private final ChromeRule.Position insideArticle;
        private Element article;
        private Element outermostMarked;

        private Marking(Document root, List<ChromeRule> rules, Predicate<Element> isContainer, boolean markInsideChrome) {
            this.rules = rules;
            this.isContainer = isContainer;
            this.markInsideChrome = markInsideChrome;
            this.outsideArticle = new ChromeRule.Position(root, false);
            this.insideArticle = new ChromeRule.Position(root, true);
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el) || outermostMarked != null && !markInsideChrome) {
                return;
            }
            boolean container = isContainer.test(el);
            if (!container) {
                ChromeRule.Position position = article != null ? insideArticle : outsideArticle;
                for (ChromeRule rule : rules) {
                    if (rule.isChrome(el, position)) {
                        marked.add(el);
                        if (outermostMarked == null) {
                            outermostMarked = el;
                        }
                        break;
                    }
                }
            }
            if (article == null && (container || el.normalName().equals("article") || el.normalName().equals("main")
                    || "main".equals(el.attr("role")))) {
                article = el;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == article) {
                article = null;
            }
            if (node == outermostMarked) {
                outermostMarked = null;
            }
        }

        /** Deletes the marked chrome except {@code keep} and their ancestors; returns how many elements went. */
        public int removeMarked(Collection<Element> keep) {
            Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element container : keep) {
                for (Element e = container; e != null && kept.add(e); e = e.parent()) {
                    // the container and each ancestor up to one already kept
                }
            }
            int removed = 0;
            for (Element el : marked) {
                if (!kept.contains(el) && el.parent() != null) {
                    el.remove();
                    removed++;
                }
            }
            return removed;
        }
    }

    private static Set<Element> identitySet(Collection<Element> elements) {
        Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(elements);
        return set;
    }
}
