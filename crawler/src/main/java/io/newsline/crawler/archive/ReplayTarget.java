package io.newsline.crawler.archive;

import io.newsline.parser.Article;

/**
 * Where {@code newsline replay} sends the articles it re-extracted: the crawl's publication (versioned against the
 * crawl state, published to the topic) or, with {@code --dry-run}, standard output. Called from the parse threads.
 */
public interface ReplayTarget {

    /** Publishes {@code article}, parsed from {@code page}, unless unchanged; true when a new version went out. */
    boolean publish(Article article, ArchivedPage page);

    /**
     * Waits for what was handed on to be acknowledged; returns the number of records that were not (they stay pending
     * in the crawl state, like a crawl's).
     */
    long finish();
}
