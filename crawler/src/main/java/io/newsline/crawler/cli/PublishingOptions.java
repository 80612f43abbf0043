package io.newsline.crawler.cli;

import io.newsline.publisher.PublisherConfig;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The publishing options {@code crawl} and {@code worker} share (a picocli mixin): the dead-letter topic and the start-up wait. */
final class PublishOptions {
    @Option(names = "--dlq-topic", paramLabel = "TOPIC",
            description = "Dead-letter topic for pages that fail extraction (default: <topic>" + PublisherConfig.DEAD_LETTER_SUFFIX + ").")
    String dlqTopic;

    @Option(names = "--broker-timeout", defaultValue = PublisherConfig.DEFAULT_BROKER_TIMEOUT_TEXT, paramLabel = "DURATION",
            converter = DurationConverter.class, description = "How long to wait for Kafka to answer at start (default: ${DEFAULT-VALUE}).")
    Duration brokerTimeout;

    /** The {@code --dlq-topic}, if given. */
    Optional<String> deadLetterTopic() {
        return Optional.ofNullable(dlqTopic);
    }
}
