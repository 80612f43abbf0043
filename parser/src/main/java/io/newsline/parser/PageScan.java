package io.newsline.parser;

import io.newsline.parser.body.generic.DomStats;
import io.newsline.parser.clean.ChromeRemover;
import io.newsline.parser.meta.DocumentFacts;
import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.SelectorMatches;
import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * The one walk of a parsed page that the stages share: the first element of each profile selector, the facts
 * metadata sources read, the chrome to remove around a profile's body, and, when the generic extractor will read
 * the page as it is, that extractor's first statistics of the body. Every walk of a page costs a few percent of
 * its parse, mostly in reaching nodes that are no longer in the processor's caches, so it is done once.
 *
 * @param bodyStats the generic extractor's statistics of {@code <body>}, gathered in this walk; null when the
 *     profile names body containers (chrome marking needs its own walk, and the generic extractor may never run)
 *     or {@code remove} selectors (the generic extractor reads the page after they removed elements)
 */
record PageScan(SelectorMatches matches, DocumentFacts facts, ChromeRemover.Marking chrome, DomStats bodyStats) {

    static PageScan walk(Document doc, SiteProfile profile, ChromeRemover remover) {
        SelectorMatches matches = SelectorMatches.of(doc, profile.extract());
        DocumentFacts facts = new DocumentFacts();
        List<CssSelector> bodySelectors = profile.extract().body();
        ChromeRemover.Marking chrome = remover.marking(doc, profile.extract().remove(),
                el -> matches.isFirstMatchOf(el, bodySelectors), !bodySelectors.isEmpty());
        // Chrome is removed only around a profile's body containers; without body selectors the generic
        // extractor judges chrome itself, so marking it would be wasted work.
        if (!bodySelectors.isEmpty()) {
            walk(doc, 0, matches, facts, chrome);
            return new PageScan(matches, facts, chrome, null);
        }
        Element body = profile.extract().remove().isEmpty() ? doc.body() : null;
        Walk walk = new Walk(matches, facts, body);
        walk.head(doc, 0);
        walk.below(doc, 0);
        return new PageScan(matches, facts, chrome, walk.bodyStats);
    }

    /**
     * Depth-first, by plain recursion: twice as fast as {@code NodeTraversor} on news pages, and safe because jsoup
     * builds no tree deeper than its parser's maximum depth (512).
     */
    private static void walk(Node node, int depth, SelectorMatches matches, DocumentFacts facts, ChromeRemover.Marking chrome) {
        matches.head(node, depth); // before chrome: the chrome marker asks whether this is the body
        facts.head(node, depth);
        chrome.head(node, depth);
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            walk(node.childNode(i), depth + 1, matches, facts, chrome);
        }
        chrome.tail(node, depth);
    }

    /** The walk without chrome marking; the body's subtree is walked by {@link DomStats} on the walk's behalf. */
    private static final class Walk implements NodeVisitor {
        private final SelectorMatches matches;
        private final DocumentFacts facts;
        private final Element body;
        private DomStats bodyStats;

        Walk(SelectorMatches matches, DocumentFacts facts, Element body) {
            this.matches = matches;
            this.facts = facts;
            this.body = body;
        }

        @Override
        public void head(Node node, int depth) {
            matches.head(node, depth);
            facts.head(node, depth);
        }

        void below(Node node, int depth) {
            for (int i = 0, n = node.childNodeSize(); i < n; i++) {
                Node child = node.childNode(i);
                if (child == body && bodyStats == null) {
                    bodyStats = DomStats.collectWhileWalking(body, depth + 1, this);
                } else {
                    head(child, depth + 1);
                    below(child, depth + 1);
                }
            }
        }
    }
}
