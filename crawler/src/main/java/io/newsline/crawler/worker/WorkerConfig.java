package io.newsline.crawler.worker;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.parser.profile.DurationValue;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.PublisherConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a worker needs, checked once by the CLI. Build it by name with {@link #builder(String, String, Path)};
 * every default is written once, below (the worker's own) or in {@link PublisherConfig} and {@link FetchConfig}.
 *
 * @param kafka            bootstrap servers
 * @param kafkaClient      the operator's Kafka client properties (TLS, SASL, compression), for every Kafka client
 * @param group            the consumer group the workers of one crawl share
 * @param seeds            a site file or a folder of them
 * @param topic            articles topic (default {@value PublisherConfig#DEFAULT_TOPIC})
 * @param deadLetterTopic  dead-letter topic (default {@code <topic>.dlq})
 * @param frontierTopic    frontier topic (default {@value #DEFAULT_FRONTIER_TOPIC})
 * @param stateTopic       crawl-state topic (default {@value #DEFAULT_STATE_TOPIC})
 * @param partitions       partitions of the frontier and state topics when created (default {@value #DEFAULT_PARTITIONS})
 * @param fetch            how the HTTP client talks to servers (contact URL, {@code --resolve}, CA, private addresses)
 * @param delay            overrides every site's politeness delay when present
 * @param threads          fetch threads (default {@value #DEFAULT_THREADS})
 * @param discoverEvery    how often the owner of a seed's site reads its sitemaps, feeds and sections (default {@value #DEFAULT_DISCOVER_EVERY})
 * @param recrawlScanEvery how often the owner looks for URLs due again (default {@value #DEFAULT_RECRAWL_SCAN_EVERY})
 * @param commitEvery      how often the open transaction is committed (default {@value #DEFAULT_COMMIT_EVERY})
 * @param sessionTimeout   after this long without heartbeat a worker counts as dead (default {@value #DEFAULT_SESSION_TIMEOUT})
 * @param transactionTimeout after this long an open transaction of a dead worker is aborted (default {@value #DEFAULT_TRANSACTION_TIMEOUT})
 * @param brokerTimeout    how long Kafka may take to answer at start (default {@value PublisherConfig#DEFAULT_BROKER_TIMEOUT_TEXT})
 * @param stateDir         where the state of owned partitions is kept on disk, between restarts and hand-overs; empty
 *                         (the default): in native memory, restored from the state topic's beginning at each assignment
 */
public record WorkerConfig(
        String kafka,
        KafkaClientSettings kafkaClient,
        String group,
        Path seeds,
        String topic,
        String deadLetterTopic,
        String frontierTopic,
        String stateTopic,
        int partitions,
        FetchConfig fetch,
        Optional<Duration> delay,
        int threads,
        Duration discoverEvery,
        Duration recrawlScanEvery,
        Duration commitEvery,
        Duration sessionTimeout,
        Duration transactionTimeout,
        Duration brokerTimeout,
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
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(kafkaClient, "kafkaClient (KafkaClientSettings.none() for none)");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(frontierTopic, "frontierTopic");
        Objects.requireNonNull(stateTopic, "stateTopic");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(delay, "delay (Optional.empty() for each site's own)");
        Objects.requireNonNull(stateDir, "stateDir (Optional.empty() for memory)");
        requirePositive(discoverEvery, "--discover-every");
        requirePositive(recrawlScanEvery, "--recrawl-scan-every");
        requirePositive(commitEvery, "commitEvery");
        requirePositive(sessionTimeout, "--session-timeout");
        requirePositive(transactionTimeout, "transactionTimeout");
        requirePositive(brokerTimeout, "--broker-timeout");
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be 1 or more, got " + partitions);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more, got " + threads);
        }
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
    public static final class Builder {
        private final String kafka;
        private KafkaClientSettings kafkaClient = KafkaClientSettings.none();
        private final String group;
        private final Path seeds;
        private String topic = PublisherConfig.DEFAULT_TOPIC;
        private Optional<String> deadLetterTopic = Optional.empty();
        private String frontierTopic = DEFAULT_FRONTIER_TOPIC;
        private String stateTopic = DEFAULT_STATE_TOPIC;
        private int partitions = DEFAULT_PARTITIONS;
        private FetchConfig fetch = FetchConfig.defaults();
        private Optional<Duration> delay = Optional.empty();
        private int threads = DEFAULT_THREADS;
        private Duration discoverEvery = DurationValue.parse(DEFAULT_DISCOVER_EVERY);
        private Duration recrawlScanEvery = DurationValue.parse(DEFAULT_RECRAWL_SCAN_EVERY);
        private Duration commitEvery = DurationValue.parse(DEFAULT_COMMIT_EVERY);
        private Duration sessionTimeout = DurationValue.parse(DEFAULT_SESSION_TIMEOUT);
        private Duration transactionTimeout = DurationValue.parse(DEFAULT_TRANSACTION_TIMEOUT);
        private Duration brokerTimeout = PublisherConfig.DEFAULT_BROKER_TIMEOUT;
        private Optional<Path> stateDir = Optional.empty();

        private Builder(String kafka, String group, Path seeds) {
            this.kafka = kafka;
            this.group = group;
            this.seeds = seeds;
        }

        /** The operator's Kafka client properties ({@code --kafka-config}, {@code NEWSLINE_KAFKA_*}). */
        public Builder kafkaClient(KafkaClientSettings client) {
            this.kafkaClient = client;
            return this;
        }

        public Builder topic(String topic) {
            this.topic = topic;
            return this;
        }

        /** The dead-letter topic; empty: the articles topic with {@value PublisherConfig#DEAD_LETTER_SUFFIX}. */
        public Builder deadLetterTopic(Optional<String> topic) {
            this.deadLetterTopic = topic;
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

        public Builder fetch(FetchConfig fetch) {
            this.fetch = fetch;
            return this;
        }

        public Builder delay(Optional<Duration> delay) {
            this.delay = delay;
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

        public Builder brokerTimeout(Duration timeout) {
            this.brokerTimeout = timeout;
            return this;
        }

        /** Keeps the state of owned partitions in {@code dir} (one SQLite file per partition). */
        public Builder stateDir(Path dir) {
            this.stateDir = Optional.of(dir);
            return this;
        }

        public WorkerConfig build() {
            return new WorkerConfig(kafka, kafkaClient, group, seeds, topic, deadLetterTopic.orElseGet(() -> PublisherConfig.deadLetterTopicOf(topic)),
                    frontierTopic, stateTopic, partitions, fetch, delay, threads, discoverEvery, recrawlScanEvery, commitEvery,
                    sessionTimeout, transactionTimeout, brokerTimeout, stateDir);
        }
    }
}
