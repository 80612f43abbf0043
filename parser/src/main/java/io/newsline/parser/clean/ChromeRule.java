package io.newsline.parser.clean;

import org.jsoup.nodes.Element;

/**
 * One kind of page chrome (navigation, widgets, ads, ...). Rules are asked about every element in one walk of
 * the document, so {@link #isChrome} must be cheap and must not search the document.
 */
public interface ChromeRule {

    /** Where in the page the element sits. */
    record Position(Element root, boolean insideArticle) {
    }

    /** True when {@code element} (and everything inside it) is chrome to delete. */
    boolean isChrome(Element element, Position position);

    /**
     * True when a match is chrome whatever it holds (a script, a nav, a profile selector). A rule that only
     * guesses (a class name with "sidebar", a {@code <form>} that may wrap a whole ASP.NET page) is not certain:
     * its match is kept when it holds most of the page's text.
     */
    default boolean certain() {
        return false;
    }
}
