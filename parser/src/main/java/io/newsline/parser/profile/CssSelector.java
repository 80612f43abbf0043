package io.newsline.parser.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** A CSS selector from a site file, compiled (and so checked) when the file is loaded. */
public record CssSelector(String query, Evaluator evaluator) {
    private static final Element RELEASE_PROBE = new Element("i");

    public CssSelector {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(evaluator, "evaluator");
    }

    /** Compiles {@code query}; fails with a message naming the selector when jsoup cannot parse it. */
    @JsonCreator
    public static CssSelector of(String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("expected a CSS selector such as 'div#article_body', got an empty value");
        }
        try {
            return new CssSelector(query, QueryParser.parse(query));
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("not a valid CSS selector: '" + query + "' (" + e.getMessage() + ")", e);
        }
    }

    /** True when {@code element} matches, evaluated relative to {@code root} (normally the document). */
    public boolean matches(Element root, Element element) {
        return evaluator.matches(root, element);
    }

    /**
     * Drops what jsoup memoizes per thread while matching structural selectors ({@code a b}, {@code :has}); the
     * memo holds the last document. Call when a page is done.
     */
    public void release() {
        RELEASE_PROBE.selectFirst(evaluator); // jsoup's Collector resets the evaluator after every search
    }

    @JsonValue
    @Override
    public String query() {
        return query;
    }

    @Override
    public String toString() {
        return query;
    }
}
