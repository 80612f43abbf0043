package io.newsline.crawler.archive;

import io.newsline.crawler.fetch.FetchResult;
import java.net.URI;
import java.util.Optional;

/**
 * Where the crawl keeps the article pages it fetched, before it publishes anything from them. Implementations are
 * thread-safe; a page they could not keep is an {@link ArchiveException}, never dropped silently.
 */
public interface PageArchive extends AutoCloseable {

    /** What an archived page produced, for the record that links the page to it. */
    enum Outcome { PUBLISHED, UNCHANGED, NOT_ARTICLE, FAILED }

    /**
     * Keeps the request and response of {@code fetched} (status, headers, body as received, fetch time); returns the
     * id of the response record, or empty when this archive keeps nothing.
     */
    Optional<URI> keep(FetchResult fetched);

    /**
     * Links the kept response {@code responseId} of {@code url} to what it produced: {@code articleId} and
     * {@code version} (0 when no version was published from it; null id when no article).
     */
    void produced(URI responseId, String url, Outcome outcome, String articleId, int version);

    /** Makes everything kept durable (fsync) and releases the files. */
    @Override
    void close();

    /** Keeps nothing: the default, when no {@code --warc} is given. */
    PageArchive NONE = new PageArchive() {
        @Override
        public Optional<URI> keep(FetchResult fetched) {
            return Optional.empty();
        }

        @Override
        public void produced(URI responseId, String url, Outcome outcome, String articleId, int version) {
        }

        @Override
        public void close() {
        }
    };
}
