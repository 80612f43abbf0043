package io.newsline.crawler.run;

import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.VersionStore;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the crawl engine keeps and where it commits what it found: the state of each URL, the URLs due again, the
 * last version of each article (for the {@link Versioner}), and the commit of a publication. {@code newsline crawl}
 * runs over the local SQLite store ({@link LocalStore}: pending until the broker acknowledges); {@code newsline
 * worker} over the state of one owned frontier partition (committed in its Kafka transaction). Everything above
 * this seam (seeding, discovery, politeness, the pipeline, the version decision) is the same code in both modes.
 * Implementations are thread-safe.
 */
public interface CrawlStore extends VersionStore {

    /** What is known about {@code url}, if anything. */
    Optional<UrlState> url(String url);

    /** Records a visit (or a discovery) that publishes nothing, replacing what was known of the URL. */
    void save(UrlState state);

    /** URLs due at {@code now}, at most {@code limit}. */
    List<UrlState> due(Instant now, int limit);

    /**
     * Commits {@code record}, whose version the {@link Versioner} has just reserved here, with {@code after}, the
     * URL's state once it is published. Called under the article id's lock: hands the record on in order and must not
     * wait for the broker. A record the store could not commit is reported, never lost silently.
     */
    void commit(ArticleRecord record, UrlState after, String host);

    /** Sends a page that failed extraction to the dead-letter topic. */
    void deadLetter(DeadLetter deadLetter);
}
