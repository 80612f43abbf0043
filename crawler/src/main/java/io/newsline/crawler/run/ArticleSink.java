package io.newsline.crawler.run;

import io.newsline.crawler.state.UrlState;
import io.newsline.parser.Article;
import io.newsline.publisher.ArticleRecord;
import io.newsline.publisher.DeadLetter;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the {@link ArticlePipeline} writes what it learned about one article URL. {@code newsline crawl} writes to
 * the SQLite state and publishes through the {@link PublicationLedger}; {@code newsline worker} writes state
 * records and article records in the Kafka transaction of the frontier record it consumed.
 */
public interface ArticleSink {

    /** What to do with a freshly parsed article. */
    sealed interface Decision {
        /** The article's content equals its last published version. */
        record Unchanged(String articleId) implements Decision {
        }

        /** A new version: {@code record} carries the version number reserved for it. */
        record Publish(ArticleRecord record) implements Decision {
        }
    }

    /** What is known about {@code url}, if anything. */
    Optional<UrlState> url(String url);

    /** Decides whether {@code article} is a new version, and if so reserves its version number. */
    Decision decide(Article article, Instant fetchedAt);

    /** Publishes a new version; {@code after} is the URL's state once it is published. */
    void publish(ArticleRecord record, UrlState after, String host);

    /** Records a visit that publishes nothing. */
    void save(UrlState state);

    /** Sends a page that failed extraction to the dead-letter topic. */
    void deadLetter(DeadLetter deadLetter);
}
