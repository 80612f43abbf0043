package io.newsline.crawler.testing;

import io.newsline.parser.Article;
import io.newsline.parser.Extraction;
import java.util.List;

/** Articles for tests that need many versions of one article: same id, a different body per edit. */
public final class ArticleEdits {
    private ArticleEdits() {
    }

    /**
     * Edit {@code edit} of the article {@code demo:<siteArticleId>} found at {@code url}: its id is the same for
     * every edit, its content hash differs.
     */
    public static Article edit(String siteArticleId, String url, String edit) {
        return new Article(url, null, "Demo News", siteArticleId, null, "en", "A story that keeps changing", null, null,
                null, null, List.of("The story as of edit " + edit + "."), null, null, false,
                new Extraction("demo", "1", null, null));
    }
}
