package io.newsline.crawler.run;

import io.newsline.crawler.archive.WarcConfig;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.PublisherConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings {@code newsline crawl} and {@code newsline worker} share, as their picocli mixins share the options:
 * {@link CrawlConfig} and {@code WorkerConfig} each hold one. Defaults are those of {@link PublisherConfig} and
 * {@link FetchConfig}, written there once.
 *
 * @param seeds           a site file or a folder of them
 * @param topic           the articles topic
 * @param deadLetterTopic where pages that fail extraction go
 * @param fetch           how the HTTP client talks to servers (contact URL, {@code --resolve}, CA, private addresses)
 * @param delay           overrides every site's politeness delay when present
 * @param brokerTimeout   how long Kafka may take to answer at start
 * @param kafkaClient     the operator's Kafka client properties (TLS, SASL, compression), for every Kafka client
 * @param warc            where fetched article pages are archived as WARC ({@code --warc}); empty: nowhere
 */
public record CrawlSettings(Path seeds, String topic, String deadLetterTopic, FetchConfig fetch, Optional<Duration> delay,
                            Duration brokerTimeout, KafkaClientSettings kafkaClient, Optional<WarcConfig> warc) {
    public CrawlSettings {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(delay, "delay (Optional.empty() for each site's own)");
        Objects.requireNonNull(brokerTimeout, "brokerTimeout");
        Objects.requireNonNull(kafkaClient, "kafkaClient (KafkaClientSettings.none() for none)");
        Objects.requireNonNull(warc, "warc (Optional.empty() to archive nothing)");
        if (topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("--topic and --dlq-topic must differ, both are '" + topic + "'");
        }
    }

    /** The site files, read and checked, with {@link #delay()} applied. */
    public SiteProfiles profiles() {
        return new SeedsReader().read(seeds).withDelay(delay);
    }

    /** The publisher's settings for Kafka at {@code bootstrap}: these topics, as client {@code clientId}. */
    public PublisherConfig publisherConfig(String bootstrap, String clientId) {
        return PublisherConfig.defaults(bootstrap).withTopic(topic).withDeadLetterTopic(deadLetterTopic).withClientId(clientId)
                .withClient(kafkaClient);
    }

    /** The setters of the shared settings, inherited by the builders of both configs. */
    public abstract static class Builder<B extends Builder<B>> {
        private final Path seeds;
        private String topic = PublisherConfig.DEFAULT_TOPIC;
        private Optional<String> deadLetterTopic = Optional.empty();
        private FetchConfig fetch = FetchConfig.defaults();
        private Optional<Duration> delay = Optional.empty();
        private Duration brokerTimeout = PublisherConfig.DEFAULT_BROKER_TIMEOUT;
        private KafkaClientSettings kafkaClient = KafkaClientSettings.none();
        private Optional<WarcConfig> warc = Optional.empty();

        protected Builder(Path seeds) {
            this.seeds = seeds;
        }

        protected abstract B self();

        public B topic(String topic) {
            this.topic = topic;
            return self();
        }

        /** The dead-letter topic; empty: the articles topic with {@value PublisherConfig#DEAD_LETTER_SUFFIX}. */
        public B deadLetterTopic(Optional<String> topic) {
            this.deadLetterTopic = topic;
            return self();
        }

        public B fetch(FetchConfig fetch) {
            this.fetch = fetch;
            return self();
        }

        public B delay(Optional<Duration> delay) {
            this.delay = delay;
            return self();
        }

        public B brokerTimeout(Duration timeout) {
            this.brokerTimeout = timeout;
            return self();
        }

        /** The operator's Kafka client properties ({@code --kafka-config}, {@code NEWSLINE_KAFKA_*}). */
        public B kafkaClient(KafkaClientSettings client) {
            this.kafkaClient = client;
            return self();
        }

        /** Archives every fetched article page as WARC as {@code warc} says; empty: no archive. */
        public B warc(Optional<WarcConfig> warc) {
            this.warc = warc;
            return self();
        }

        protected CrawlSettings settings() {
            return new CrawlSettings(seeds, topic, deadLetterTopic.orElseGet(() -> PublisherConfig.deadLetterTopicOf(topic)),
                    fetch, delay, brokerTimeout, kafkaClient, warc);
        }
    }
}
