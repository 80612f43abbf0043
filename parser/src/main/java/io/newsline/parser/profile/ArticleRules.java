package io.newsline.parser.profile;

import java.util.List;

/**
 * Which URLs are articles. {@code url} is a regular expression (found anywhere in the absolute URL); a named
 * group {@code id} captures the site's own article id, which then keys the record. {@code dropParams} lists
 * query parameters the site adds that do not change the page (besides the usual {@code utm_*} and friends).
 */
public record ArticleRules(TextPattern url, List<String> dropParams) {
    public static final ArticleRules ANY = new ArticleRules(null, null);

    public ArticleRules {
        dropParams = dropParams == null ? List.of() : List.copyOf(dropParams);
    }
}
