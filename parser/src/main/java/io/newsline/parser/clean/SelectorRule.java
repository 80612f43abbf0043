package io.newsline.parser.clean;

import io.newsline.parser.profile.CssSelector;
import java.util.List;
import org.jsoup.nodes.Element;

/** The profile's {@code extract.remove} selectors: an element matching any of them is chrome. */
final class SelectorRule implements ChromeRule {
    private final List<CssSelector> selectors;

    SelectorRule(List<CssSelector> selectors) {
        this.selectors = List.copyOf(selectors);
    }

    @Override
    public boolean isChrome(Element element, Position position) {
        for (CssSelector s : selectors) {
            if (s.matches(position.root(), element)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean certain() {
        return true; // the profile's author said so
    }
}
