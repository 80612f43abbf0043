package io.newsline.crawler.run;

import io.newsline.publisher.PublisherConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a crawl needs to know, checked once by the CLI. Build it by name with {@link #builder(Path, Path)}; the
 * defaults are those of {@link CrawlSettings} and {@link PublisherConfig}, written there once.
 *
 * @param settings        what {@code crawl} shares with {@code worker}: seeds, topics, fetch, delay, broker timeout, WARC archive
 * @param kafka           bootstrap servers; empty: the broker {@code newsline broker} runs on {@code data}, else an embedded one
 * @param data            the data directory: crawl state, lock, embedded broker's logs
 * @param maxPages        at most this many article pages fetched in one run (0: no limit)
 * @param deliveryTimeout how long a record may wait for the broker's acknowledgement
 * @param every           run again every this often in this process; empty: run once
 * @param resetState      forget the crawl state (URLs, versions) before the run, so everything is published again
 */
public record CrawlConfig(CrawlSettings settings, Optional<String> kafka, Path data, int maxPages, Duration deliveryTimeout,
                          Optional<Duration> every, boolean resetState) {

    public CrawlConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(kafka, "kafka (Optional.empty() for the embedded broker)");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
        Objects.requireNonNull(every, "every (Optional.empty() to run once)");
        if (maxPages < 0) {
            throw new IllegalArgumentException("--max-pages must be 0 (no limit) or more, got " + maxPages);
        }
    }

    /** A builder with every default, crawling the sites in {@code seeds} with its state in {@code data}. */
    public static Builder builder(Path seeds, Path data) {
        return new Builder(seeds, data);
    }

    /** Builds a {@link CrawlConfig} by name; a setting left alone keeps its default. */
    public static final class Builder extends CrawlSettings.Builder<Builder> {
        private final Path data;
        private Optional<String> kafka = Optional.empty();
        private int maxPages;
        private Duration deliveryTimeout = PublisherConfig.DEFAULT_DELIVERY_TIMEOUT;
        private Optional<Duration> every = Optional.empty();
        private boolean resetState;

        private Builder(Path seeds, Path data) {
            super(seeds);
            this.data = data;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Kafka bootstrap servers; empty or blank: the broker {@code newsline broker} runs on the data dir, else an embedded one. */
        public Builder kafka(Optional<String> bootstrap) {
            this.kafka = bootstrap.filter(k -> !k.isBlank());
            return this;
        }

        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        public Builder deliveryTimeout(Duration timeout) {
            this.deliveryTimeout = timeout;
            return this;
        }

        public Builder every(Optional<Duration> every) {
            this.every = every;
            return this;
        }

        public Builder resetState(boolean reset) {
            this.resetState = reset;
            return this;
        }

        public CrawlConfig build() {
            return new CrawlConfig(settings(), kafka, data, maxPages, deliveryTimeout, every, resetState);
        }
    }
}
