package io.newsline.parser.profile;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Which URLs are articles. {@code url} is a regular expression (found anywhere in the absolute URL); a named
 * group {@code id} captures the site's own article id, which then keys the record. {@code dropParams} lists
 * query parameters the site adds that do not change the page (besides the usual {@code utm_*} and friends).
 * {@code examples} are real article URLs of the site: each must match {@code url} (and yield an id when the
 * pattern has an {@code id} group), checked at load, so a pattern that drifts from the site's URLs fails early.
 */
public record ArticleRules(TextPattern url, List<String> dropParams, List<String> examples) {
    public static final ArticleRules ANY = new ArticleRules(null, null, null);

    public ArticleRules {
        dropParams = dropParams == null ? List.of() : List.copyOf(dropParams);
        examples = examples == null ? List.of() : List.copyOf(examples);
        for (int i = 0; i < examples.size(); i++) {
            String example = examples.get(i);
            if (url == null) {
                throw new IllegalArgumentException("examples: an example article URL needs a pattern to check; add articles.url");
            }
            Matcher m = url.pattern().matcher(example);
            if (!m.find()) {
                throw new IllegalArgumentException("examples: '" + example + "' (examples[" + i + "]) does not match articles.url "
                        + url.describe() + "; fix the pattern or the example");
            }
            if (url.regex().contains("(?<id>") && (m.group("id") == null || m.group("id").isEmpty())) {
                throw new IllegalArgumentException("examples: '" + example + "' (examples[" + i + "]) matches articles.url but its group"
                        + " 'id' captures nothing; the id keys the record, make the group capture the site's article id");
            }
        }
    }

    /** Rules with the given pattern and ignored parameters, and no examples. */
    public ArticleRules(TextPattern url, List<String> dropParams) {
        this(url, dropParams, null);
    }
}
