package io.newsline.parser.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chrome by element name, ARIA role and hiding: navigation, asides, forms and their controls, scripts and
 * embeds, dialogs, hidden elements; {@code <header>} and {@code <footer>} only outside the article (an article's
 * own header holds its headline).
 */
final class TagRule implements ChromeRule {
    private static final Set<String> ALWAYS = Set.of("nav", "aside", "form", "script", "style", "noscript", "template",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "dialog", "menu", "label", "svg", "canvas");
    private static final Set<String> OUTSIDE_ARTICLE = Set.of("header", "footer");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");

    @Override
    public boolean isChrome(Element element, Position position) {
        String tag = element.normalName();
        if (ALWAYS.contains(tag)) {
            return true;
        }
        if (OUTSIDE_ARTICLE.contains(tag) && !position.insideArticle()) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        String role = element.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String style = element.attr("style");
        if (style.indexOf("none") >= 0 || style.indexOf("hidden") >= 0) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }
}
