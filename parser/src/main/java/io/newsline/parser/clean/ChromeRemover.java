package io.newsline.parser.clean;

import io.newsline.parser.profile.CssSelector;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Deletes page chrome: the profile's {@code remove} selectors, then the generic rules ({@link TagRule},
 * {@link LayoutRule}, {@link NamePatternRule}). The article container and its ancestors are never deleted, and
 * a guessed match (a wrapper named {@code panel-two-col-sidebar}, an ASP.NET page-wide {@code <form>}) that holds
 * more than half of the page's text is kept, though chrome inside it goes. Works in two steps so the marking can
 * share one walk of the document with other stages: {@link #marking} gives a visitor that marks chrome,
 * {@link Marking#removeMarked} then deletes it. Thread-safe.
 */
public final class ChromeRemover {
    /** A guessed match holding more than this share of the page's text is the page, not chrome. */
    static final double MAX_GUESSED_SHARE = 0.5;

    private final TagRule tags = new TagRule();
    private final LayoutRule layout = new LayoutRule();
    private final NamePatternRule names = new NamePatternRule();

    /**
     * Removes chrome from {@code doc} in a walk of its own.
     *
     * @param profileRemove the profile's {@code extract.remove} selectors (may be empty)
     * @param keep          the article container candidates (may be empty); they and their ancestors stay
     * @return how many elements were removed
     */
    public int removeChrome(Document doc, List<CssSelector> profileRemove, Collection<Element> keep) {
        Objects.requireNonNull(doc, "doc");
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        containers.addAll(keep);
        Marking marking = marking(doc, profileRemove, containers::contains, !keep.isEmpty());
        NodeTraversor.traverse(marking, doc);
        return marking.removeMarked(keep);
    }

    /**
     * A visitor that marks chrome in one walk of {@code doc}.
     *
     * @param isContainer      tells the article container (whose header and footer are kept) when the walk meets it
     * @param mayHoldContainer true when a container may sit inside certain chrome, so that chrome is marked to its
     *                         leaves (a marked element that turns out to hold the container is kept, its chrome
     *                         children not)
     */
    public Marking marking(Document doc, List<CssSelector> profileRemove, Predicate<Element> isContainer, boolean mayHoldContainer) {
        SelectorRule profile = profileRemove.isEmpty() ? null : new SelectorRule(profileRemove);
        return new Marking(doc, profile, tags, layout, names, isContainer, mayHoldContainer);
    }

    /** The chrome marked in one walk, with the text size of guessed matches; {@link #removeMarked} deletes it. */
    public static final class Marking implements NodeVisitor {
        // Concrete types, asked in a fixed order: this runs for every element of every page.
        private final SelectorRule profile;
        private final TagRule tags;
        private final LayoutRule layout;
        private final NamePatternRule names;
        private final Predicate<Element> isContainer;
        private final boolean markInsideCertain;
        private final Document root;
        private final ChromeRule.Position outsideArticle;
        private final ChromeRule.Position insideArticle;
        private final List<Element> certain = new ArrayList<>();
        private final List<Element> guessed = new ArrayList<>();
        /** Text characters under each guessed match, by its index in {@code guessed}; known at its tail. */
        private int[] guessedText = new int[16];
        /** Indexes (in {@code guessed}) of the guessed matches the walk is inside, innermost last. */
        private int[] openGuessed = new int[16];
        private int openCount;
        /** Text characters under the element open at each depth of the walk. */
        private int[] textAtDepth = new int[64];
        private int totalText;
        private Element article;
        private Element outermostCertain;

        private Marking(Document root, SelectorRule profile, TagRule tags, LayoutRule layout, NamePatternRule names,
                Predicate<Element> isContainer, boolean markInsideCertain) {
            this.profile = profile;
            this.tags = tags;
            this.layout = layout;
            this.names = names;
            this.isContainer = isContainer;
            this.markInsideCertain = markInsideCertain;
            this.root = root;
            this.outsideArticle = new ChromeRule.Position(root, false);
            this.insideArticle = new ChromeRule.Position(root, true);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (depth > 0 && !text.isBlank()) { // white space between tags would swamp the measure
                    textAtDepth[depth - 1] += text.getWholeText().length();
                }
                return;
            }
            if (!(node instanceof Element el)) {
                return;
            }
            if (depth >= textAtDepth.length) {
                textAtDepth = Arrays.copyOf(textAtDepth, depth * 2);
            }
            textAtDepth[depth] = 0;
            if (outermostCertain != null && !markInsideCertain || openCount > 0) {
                return; // inside a guessed match: judged again only if that match is kept (see removeMarked)
            }
            boolean container = isContainer.test(el);
            if (!container) {
                ChromeRule.Position position = article != null ? insideArticle : outsideArticle;
                if (profile != null && profile.isChrome(el, position) || tags.isChrome(el, position)) {
                    certain.add(el);
                    if (outermostCertain == null) {
                        outermostCertain = el;
                    }
                } else if (layout.isChrome(el, position) || names.isChrome(el, position)) {
                    if (openCount == openGuessed.length) {
                        openGuessed = Arrays.copyOf(openGuessed, openCount * 2);
                    }
                    openGuessed[openCount++] = guessed.size();
                    guessed.add(el);
                }
            }
            if (article == null && (container || el.normalName().equals("article") || el.normalName().equals("main")
                    || "main".equals(el.attr("role")))) {
                article = el;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            int text = textAtDepth[depth];
            if (depth > 0) {
                textAtDepth[depth - 1] += text;
            } else {
                totalText = text;
            }
            if (openCount > 0 && guessed.get(openGuessed[openCount - 1]) == el) {
                int index = openGuessed[--openCount];
                if (index >= guessedText.length) {
                    guessedText = Arrays.copyOf(guessedText, Math.max(index + 1, guessedText.length * 2));
                }
                guessedText[index] = text;
            }
            if (el == article) {
                article = null;
            }
            if (el == outermostCertain) {
                outermostCertain = null;
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
            return removeMarked(kept, totalText * MAX_GUESSED_SHARE);
        }

        private int removeMarked(Set<Element> kept, double limit) {
            int removed = 0;
            for (Element el : certain) {
                if (!kept.contains(el) && el.parent() != null) {
                    el.remove();
                    removed++;
                }
            }
            for (int i = 0; i < guessed.size(); i++) {
                Element el = guessed.get(i);
                if (el.parent() == null || el.ownerDocument() == null) {
                    continue; // inside something removed already
                }
                boolean holdsThePage = i < guessedText.length && guessedText[i] > limit;
                if (kept.contains(el) || holdsThePage) {
                    removed += judgeInside(el, kept, limit);
                } else {
                    el.remove();
                    removed++;
                }
            }
            return removed;
        }

        /** A kept guessed match was not looked into during the walk; its chrome is judged now. */
        private int judgeInside(Element kept, Set<Element> keep, double limit) {
            Marking inner = new Marking(root, profile, tags, layout, names, isContainer, markInsideCertain);
            for (Element e = kept; e != null; e = e.parent()) {
                if (isContainer.test(e) || e.normalName().equals("article") || e.normalName().equals("main")) {
                    inner.article = kept; // its tail is never walked, so the walk stays inside the article
                    break;
                }
            }
            for (Element child : kept.children()) {
                NodeTraversor.traverse(inner, child);
            }
            return inner.removeMarked(keep, limit);
        }
    }
}
