package io.newsline.parser.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** A CSS selector from a site file, compiled (and so checked) when the file is loaded. */
public record CssSelector(String query, Evaluator evaluator) {

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
