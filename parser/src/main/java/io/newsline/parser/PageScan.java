package io.newsline.parser;

import io.newsline.parser.clean.ChromeRemover;
import io.newsline.parser.meta.DocumentFacts;
import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.SelectorMatches;
import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

/**
 * The one walk of a parsed page that three stages share: the first element of each profile selector, the facts
 * metadata sources read, and the chrome to remove. A walk of a large page costs as much as a tenth of its parse,
 * so it is done once.
 */
record PageScan(SelectorMatches matches, DocumentFacts facts, ChromeRemover.Marking chrome) {

    static PageScan walk(Document doc, SiteProfile profile, ChromeRemover remover) {
        SelectorMatches matches = SelectorMatches.of(doc, profile.extract());
        DocumentFacts facts = new DocumentFacts();
        List<CssSelector> bodySelectors = profile.extract().body();
        ChromeRemover.Marking chrome = remover.marking(doc, profile.extract().remove(),
                el -> matches.isFirstMatchOf(el, bodySelectors), !bodySelectors.isEmpty());
        // Chrome is removed only around a profile's body containers; without body selectors the generic
        // extractor judges chrome itself, so marking it would be wasted work.
        boolean markChrome = !bodySelectors.isEmpty();
        walk(doc, 0, matches, facts, markChrome ? chrome : null);
        return new PageScan(matches, facts, chrome);
    }

    /**
     * Depth-first, by plain recursion: twice as fast as {@code NodeTraversor} on news pages, and safe because jsoup
     * builds no tree deeper than its parser's maximum depth (512).
     */
    private static void walk(Node node, int depth, SelectorMatches matches, DocumentFacts facts, ChromeRemover.Marking chrome) {
        matches.head(node, depth); // before chrome: the chrome marker asks whether this is the body
        facts.head(node, depth);
        if (chrome != null) {
            chrome.head(node, depth);
        }
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            walk(node.childNode(i), depth + 1, matches, facts, chrome);
        }
        if (chrome != null) {
            chrome.tail(node, depth);
        }
    }
}
