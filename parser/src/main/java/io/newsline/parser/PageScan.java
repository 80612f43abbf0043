package io.newsline.parser;

import io.newsline.parser.clean.ChromeRemover;
import io.newsline.parser.meta.DocumentFacts;
import io.newsline.parser.profile.CssSelector;
import io.newsline.parser.profile.SelectorMatches;
import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                matches.head(node, depth); // before chrome: the chrome marker asks whether this is the body
                facts.head(node, depth);
                if (markChrome) {
                    chrome.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (markChrome) {
                    chrome.tail(node, depth);
                }
            }
        }, doc);
        return new PageScan(matches, facts, chrome);
    }
}
