package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlSettings;
import io.newsline.publisher.PublisherConfig;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where and how {@code crawl}, {@code worker} and {@code replay} publish articles, declared once (a picocli mixin):
 * Kafka and its client properties, the topic, the dead-letter topic, the start-up wait and the data directory whose
 * crawl state versions the articles; and how they set a config's {@link CrawlSettings}.
 */
final class PublishingOptions {
    @Mixin
    KafkaOption kafka = new KafkaOption();

    @Mixin
    TopicOption topic = new TopicOption();

    @Option(names = "--dlq-topic", paramLabel = "TOPIC",
            description = "Dead-letter topic for pages that fail extraction (default: <topic>" + PublisherConfig.DEAD_LETTER_SUFFIX + ").")
    String dlqTopic;

    @Option(names = "--broker-timeout", defaultValue = PublisherConfig.DEFAULT_BROKER_TIMEOUT_TEXT, paramLabel = "DURATION",
            converter = DurationConverter.class, description = "How long to wait for Kafka to answer at start, and for a worker's state restore to read a record"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration brokerTimeout;

    @Mixin
    DataDirOption data = new DataDirOption();

    /** {@code builder} with the Kafka client properties, topics and start-up wait of these options. */
    <B extends CrawlSettings.Builder<B>> B settings(B builder) {
        return builder.kafkaClient(kafka.clientSettings())
                .topic(topic.topic)
                .deadLetterTopic(Optional.ofNullable(dlqTopic))
                .brokerTimeout(brokerTimeout);
    }
}
