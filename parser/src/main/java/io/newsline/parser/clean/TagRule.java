package io.newsline.parser.clean;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Chrome by element name, certain whatever it holds: scripts, embeds, navigation, form controls, dialogs. */
final class TagRule implements ChromeRule {
    private static final Set<String> TAGS = Set.of("nav", "script", "style", "noscript", "template", "iframe", "object",
            "embed", "button", "input", "select", "textarea", "dialog", "menu", "label", "svg", "canvas");

    @Override
    public boolean isChrome(Element element, Position position) {
        return TAGS.contains(element.normalName());
    }

    @Override
    public boolean certain() {
        return true;
    }
}
