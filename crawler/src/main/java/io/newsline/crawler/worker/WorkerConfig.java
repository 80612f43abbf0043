package io.newsline.crawler.worker;

import io.newsline.crawler.run.CrawlSettings;
import io.newsline.parser.profile.DurationValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a worker needs, checked once by the CLI. Build it by name with {@link #builder(String, String, Path)};
 * every default is written once, below (the worker's own) or in {@link CrawlSettings}.
 *
 * @param settings         what {@code worker} shares with {@code crawl}: seeds, topics, fetch, delay, broker timeout
 * @param kafka            bootstrap servers
 * @param group            the consumer group the workers of one crawl share
 * @param frontierTopic    frontier topic (default {@value #DEFAULT_FRONTIER_TOPIC})
 * @param stateTopic       crawl-state topic (default {@value #DEFAULT_STATE_TOPIC})
 * @param partitions       partitions of the frontier and state topics when created (default {@value #DEFAULT_PARTITIONS})
 * @param threads          fetch threads (default {@value #DEFAULT_THREADS})
 * @param discoverEvery    how often the owner of a seed's site reads its sitemaps, feeds and sections (default {@value #DEFAULT_DISCOVER_EVERY})
 * @param recrawlScanEvery how often the owner looks for URLs due again (default {@value #DEFAULT_RECRAWL_SCAN_EVERY})
 * @param commitEvery      how often the open transaction is committed (default {@value #DEFAULT_COMMIT_EVERY})
 * @param sessionTimeout   after this long without heartbeat a worker counts as dead (default {@value #DEFAULT_SESSION_TIMEOUT})
 * @param transactionTimeout after this long an open transaction of a dead worker is aborted (default {@value #DEFAULT_TRANSACTION_TIMEOUT})
 * @param stateDir         where the state of owned partitions is kept on disk, between restarts and hand-overs; empty
 *                         (the default): in native memory, restored from the state topic's beginning at each assignment
 */
public record WorkerConfig(
        CrawlSettings settings,
        String kafka,
        String group,
        String frontierTopic,
        String stateTopic,
        int partitions,
        int threads,
        Duration discoverEvery,
        Duration recrawlScanEvery,
        Duration commitEvery,
        Duration sessionTimeout,
        Duration transactionTimeout,
        Optional<Path> stateDir) {

    public static final String DEFAULT_FRONTIER_TOPIC = "news.frontier";
    public static final String DEFAULT_STATE_TOPIC = "news.crawlstate";
    public static final int DEFAULT_PARTITIONS = 12;
    public static final int DEFAULT_THREADS = 8;
    /** The durations as the command line writes them; the builder parses these, so each is written once. */
    public static final String DEFAULT_DISCOVER_EVERY = "15m";
    public static final String DEFAULT_RECRAWL_SCAN_EVERY = "30s";
    public static final String DEFAULT_COMMIT_EVERY = "200ms";
    public static final String DEFAULT_SESSION_TIMEOUT = "10s";
    public static final String DEFAULT_TRANSACTION_TIMEOUT = "20s";

    public WorkerConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(frontierTopic, "frontierTopic");
        Objects.requireNonNull(stateTopic, "stateTopic");
        Objects.requireNonNull(stateDir, "stateDir (Optional.empty() for memory)");
        requirePositive(discoverEvery, "--discover-every");
        requirePositive(recrawlScanEvery, "--recrawl-scan-every");
        requirePositive(commitEvery, "commitEvery");
        requirePositive(sessionTimeout, "--session-timeout");
        requirePositive(transactionTimeout, "transactionTimeout");
        requirePositive(settings.brokerTimeout(), "--broker-timeout");
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be 1 or more, got " + partitions);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more, got " + threads);
        }
        String topic = settings.topic();
        if (topic.equals(frontierTopic) || topic.equals(stateTopic) || frontierTopic.equals(stateTopic)) {
            throw new IllegalArgumentException("the articles, frontier and state topics must differ, got " + topic + ", "
                    + frontierTopic + ", " + stateTopic);
        }
        if (commitEvery.compareTo(transactionTimeout) >= 0) {
            throw new IllegalArgumentException("--commit-every (" + commitEvery + ") must be shorter than the transaction timeout ("
                    + transactionTimeout + ")");
        }
    }

    /** A builder with every default, for workers of {@code group} on Kafka at {@code kafka} crawling {@code seeds}. */
    public static Builder builder(String kafka, String group, Path seeds) {
        return new Builder(kafka, group, seeds);
    }

    /** The minimal config: everything else default. */
    public static WorkerConfig of(String kafka, String group, Path seeds) {
        return builder(kafka, group, seeds).build();
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }

    /** Builds a {@link WorkerConfig} by name; a setting left alone keeps its default. */
    public static final class Builder extends CrawlSettings.Builder<Builder> {
        private final String kafka;
        private final String group;
        private String frontierTopic = DEFAULT_FRONTIER_TOPIC;
        private String stateTopic = DEFAULT_STATE_TOPIC;
        private int partitions = DEFAULT_PARTITIONS;
        private int threads = DEFAULT_THREADS;
        private Duration discoverEvery = DurationValue.parse(DEFAULT_DISCOVER_EVERY);
        private Duration recrawlScanEvery = DurationValue.parse(DEFAULT_RECRAWL_SCAN_EVERY);
        private Duration commitEvery = DurationValue.parse(DEFAULT_COMMIT_EVERY);
        private Duration sessionTimeout = DurationValue.parse(DEFAULT_SESSION_TIMEOUT);
        private Duration transactionTimeout = DurationValue.parse(DEFAULT_TRANSACTION_TIMEOUT);
        private Optional<Path> stateDir = Optional.empty();

        private Builder(String kafka, String group, Path seeds) {
            super(seeds);
            this.kafka = kafka;
            this.group = group;
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder frontierTopic(String topic) {
            this.frontierTopic = topic;
            return this;
        }

        public Builder stateTopic(String topic) {
            this.stateTopic = topic;
            return this;
        }

        public Builder partitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder discoverEvery(Duration every) {
            this.discoverEvery = every;
            return this;
        }

        public Builder recrawlScanEvery(Duration every) {
            this.recrawlScanEvery = every;
            return this;
        }

        public Builder commitEvery(Duration every) {
            this.commitEvery = every;
            return this;
        }

        public Builder sessionTimeout(Duration timeout) {
            this.sessionTimeout = timeout;
            return this;
        }

        public Builder transactionTimeout(Duration timeout) {
            this.transactionTimeout = timeout;
            return this;
        }

        /** Keeps the state of owned partitions in {@code dir} (one RocksDB directory per partition). */
        public Builder stateDir(Path dir) {
            this.stateDir = Optional.of(dir);
            return this;
        }

        public WorkerConfig build() {
            return new WorkerConfig(settings(), kafka, group, frontierTopic, stateTopic, partitions, threads, discoverEvery,
                    recrawlScanEvery, commitEvery, sessionTimeout, transactionTimeout, stateDir);
        }
    }
}
