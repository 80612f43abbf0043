package io.newsline.parser;

import java.util.Objects;

/**
 * The outcome of parsing one page. Never null: a page is an article, not an article (a listing, an index,
 * an empty page: not an error, nothing to publish), or a failure (an article page whose extraction broke or
 * produced no title or no body: a dead-letter candidate).
 */
public sealed interface ParseResult {

    /** The page held an article. */
    record Parsed(Article article) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(article, "article");
        }
    }

    /** The page is not an article (e.g. a listing page); {@code reason} says why in one line. */
    record NotArticle(String url, String reason) implements ParseResult {
        public NotArticle {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Extraction failed or produced no title/body on a page expected to be an article. */
    record Failed(String url, String reason, Throwable cause) implements ParseResult {
        public Failed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
