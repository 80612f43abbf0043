package io.newsline.crawler.run;

import io.newsline.crawler.state.UrlState;
import io.newsline.parser.Article;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the {@link ArticlePipeline} writes what it learned about one article URL. Both modes use {@link StoreSink}:
 * the {@link Versioner} over a {@link CrawlStore} ({@code newsline crawl}: the {@link LocalStore}, SQLite,
 * published once acknowledged; {@code newsline worker}: the owned partition's state, in the Kafka transaction of the
 * frontier record it consumed).
 */
public interface ArticleSink {

    /** What became of a freshly parsed article. */
    sealed interface Decision {
        /** The article's content equals its last published version: nothing was published. */
        record Unchanged(String articleId) implements Decision {
        }

        /** A new version: {@code record}, carrying the version number decided for it, was sent. */
        record Published(ArticleRecord record) implements Decision {
        }
    }

    /** What is known about {@code url}, if anything. */
    Optional<UrlState> url(String url);

    /**
     * Records a freshly parsed article: when its content differs from the article's last version, sends it as the
     * next version and saves {@code after} once it is published; else saves {@code after} at once. Deciding the
     * version and sending it are one step per article id ({@link ArticleLocks}), so version N+1 of an article never
     * goes out before version N, even when several fetch threads find pages of one article at the same time.
     *
     * @param after the URL's state once this visit is recorded (its article id and content hash are the article's)
     */
    Decision publishIfChanged(Article article, Instant fetchedAt, UrlState after, String host);

    /** Records a visit that publishes nothing. */
    void save(UrlState state);

    /** Sends a page that failed extraction to the dead-letter topic. */
    void deadLetter(DeadLetter deadLetter);
}
