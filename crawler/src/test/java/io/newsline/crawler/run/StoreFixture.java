package io.newsline.crawler.run;

import java.nio.file.Path;

/**
 * One {@link CrawlStore} of a mode, with its commit, over the test broker: what {@link StoreContractTest} runs its
 * contract against. Each fixture publishes to a topic of its own.
 */
public interface StoreFixture extends AutoCloseable {

    /** Makes a fixture; {@code dir} is an empty directory it may keep files in. */
    @FunctionalInterface
    interface Factory {
        StoreFixture open(Path dir) throws Exception;
    }

    /** The articles topic the store publishes to. */
    String topic();

    /** The sink the pipeline would use for a page of {@code url} (the worker makes one per frontier URL). */
    ArticleSink sinkFor(String url);

    /** Commits what was published (crawl: waits for every acknowledgement; worker: commits the transaction). */
    void commit() throws Exception;

    @Override
    void close() throws Exception;
}
