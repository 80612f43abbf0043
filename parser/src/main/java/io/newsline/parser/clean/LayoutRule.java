package io.newsline.parser.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Likely chrome by layout role: asides, forms, {@code <header>} and {@code <footer>} outside the article (an
 * article's own header holds its headline), ARIA landmark roles other than main, hidden elements. Not certain:
 * some sites wrap the whole page in a form or a hidden-until-loaded div.
 */
final class LayoutRule implements ChromeRule {
    private static final Set<String> ALWAYS = Set.of("aside", "form");
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
