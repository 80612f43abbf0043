package io.newsline.crawler.run;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.PublisherConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a crawl run needs to know, checked once by the CLI. Build it by name with {@link #builder(Path, Path)};
 * the defaults are those of {@link PublisherConfig} and {@link FetchConfig}, written there once.
 *
 * @param seeds           a site file or a folder of them
 * @param kafka           bootstrap servers; empty: start the embedded broker under {@code data}
 * @param kafkaClient     the operator's Kafka client properties (TLS, SASL, compression), for every Kafka client
 * @param topic           the articles topic
 * @param deadLetterTopic where pages that fail extraction go
 * @param data            the data directory: crawl state, lock, embedded broker's logs
 * @param maxPages        at most this many article pages fetched in one run (0: no limit)
 * @param fetch           how the HTTP client talks to servers (contact URL, {@code --resolve}, CA, private addresses)
 * @param delay           overrides every site's politeness delay when present
 * @param brokerTimeout   how long to wait for the broker to answer at start
 * @param deliveryTimeout how long a record may wait for the broker's acknowledgement
 * @param every           run again every this often in this process; empty: run once
 * @param resetState      forget the crawl state (URLs, versions) before the run, so everything is published again
 */
public record CrawlConfig(
        Path seeds,
        Optional<String> kafka,
        KafkaClientSettings kafkaClient,
        String topic,
        String deadLetterTopic,
        Path data,
        int maxPages,
        FetchConfig fetch,
        Optional<Duration> delay,
        Duration brokerTimeout,
        Duration deliveryTimeout,
        Optional<Duration> every,
        boolean resetState) {

    public CrawlConfig {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(kafka, "kafka (Optional.empty() for the embedded broker)");
        Objects.requireNonNull(kafkaClient, "kafkaClient (KafkaClientSettings.none() for none)");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(delay, "delay (Optional.empty() for each site's own)");
        Objects.requireNonNull(brokerTimeout, "brokerTimeout");
        Objects.requireNonNull(deliveryTimeout, "deliveryTimeout");
        Objects.requireNonNull(every, "every (Optional.empty() to run once)");
        if (maxPages < 0) {
            throw new IllegalArgumentException("--max-pages must be 0 (no limit) or more, got " + maxPages);
        }
        if (topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("--topic and --dlq-topic must differ, both are '" + topic + "'");
        }
    }

    /** A builder with every default, crawling the sites in {@code seeds} with its state in {@code data}. */
    public static Builder builder(Path seeds, Path data) {
        return new Builder(seeds, data);
    }

    /** This config with {@code resetState} replaced. */
    public CrawlConfig withResetState(boolean reset) {
        return new CrawlConfig(seeds, kafka, kafkaClient, topic, deadLetterTopic, data, maxPages, fetch, delay, brokerTimeout,
                deliveryTimeout, every, reset);
    }

    /** Builds a {@link CrawlConfig} by name; a setting left alone keeps its default. */
    public static final class Builder {
        private final Path seeds;
        private final Path data;
        private Optional<String> kafka = Optional.empty();
        private KafkaClientSettings kafkaClient = KafkaClientSettings.none();
        private String topic = PublisherConfig.DEFAULT_TOPIC;
        private Optional<String> deadLetterTopic = Optional.empty();
        private int maxPages;
        private FetchConfig fetch = FetchConfig.defaults();
        private Optional<Duration> delay = Optional.empty();
        private Duration brokerTimeout = PublisherConfig.DEFAULT_BROKER_TIMEOUT;
        private Duration deliveryTimeout = PublisherConfig.DEFAULT_DELIVERY_TIMEOUT;
        private Optional<Duration> every = Optional.empty();
        private boolean resetState;

        private Builder(Path seeds, Path data) {
            this.seeds = seeds;
            this.data = data;
        }

        /** Kafka bootstrap servers; empty or blank: the broker {@code newsline broker} runs on the data dir, else an embedded one. */
        public Builder kafka(Optional<String> bootstrap) {
            this.kafka = bootstrap.filter(k -> !k.isBlank());
            return this;
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

        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
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

        public Builder brokerTimeout(Duration timeout) {
            this.brokerTimeout = timeout;
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
            return new CrawlConfig(seeds, kafka, kafkaClient, topic, deadLetterTopic.orElseGet(() -> PublisherConfig.deadLetterTopicOf(topic)),
                    data, maxPages, fetch, delay, brokerTimeout, deliveryTimeout, every, resetState);
        }
    }
}
