package io.newsline.publisher;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to publish. Null arguments take the defaults below.
 *
 * @param bootstrapServers Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092} (required)
 * @param topic            articles topic, default {@value #DEFAULT_TOPIC}
 * @param deadLetterTopic  dead-letter topic, default {@value #DEFAULT_DEAD_LETTER_TOPIC}
 * @param clientId         Kafka client id, default {@value #DEFAULT_CLIENT_ID}
 * @param deliveryTimeout  how long a record may wait for the broker's acknowledgement before its publication
 *                         fails, default 2 minutes
 * @param partitions       partitions of the articles topic when this publisher creates it, default
 *                         {@value #DEFAULT_PARTITIONS}
 */
public record PublisherConfig(String bootstrapServers, String topic, String deadLetterTopic, String clientId,
                              Duration deliveryTimeout, int partitions) {

    public static final String DEFAULT_TOPIC = "news.articles";
    public static final String DEFAULT_DEAD_LETTER_TOPIC = "news.articles.dlq";
    public static final String DEFAULT_CLIENT_ID = "newsline";
    public static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.ofMinutes(2);
    public static final int DEFAULT_PARTITIONS = 6;

    public PublisherConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers must not be blank (host:port[,host:port...])");
        }
        topic = topic == null ? DEFAULT_TOPIC : topic;
        deadLetterTopic = deadLetterTopic == null ? DEFAULT_DEAD_LETTER_TOPIC : deadLetterTopic;
        clientId = clientId == null ? DEFAULT_CLIENT_ID : clientId;
        deliveryTimeout = deliveryTimeout == null ? DEFAULT_DELIVERY_TIMEOUT : deliveryTimeout;
        partitions = partitions <= 0 ? DEFAULT_PARTITIONS : partitions;
        if (deliveryTimeout.toMillis() < 1000) {
            throw new IllegalArgumentException("deliveryTimeout must be at least 1 s, got " + deliveryTimeout);
        }
        if (topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("topic and deadLetterTopic must differ, both are '" + topic + "'");
        }
    }

    /** All defaults, publishing to {@code bootstrapServers}. */
    public static PublisherConfig defaults(String bootstrapServers) {
        return new PublisherConfig(bootstrapServers, null, null, null, null, 0);
    }

    public PublisherConfig withBootstrapServers(String bootstrapServers) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions);
    }

    public PublisherConfig withTopic(String topic) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions);
    }

    public PublisherConfig withDeadLetterTopic(String deadLetterTopic) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions);
    }

    public PublisherConfig withClientId(String clientId) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions);
    }

    public PublisherConfig withDeliveryTimeout(Duration deliveryTimeout) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions);
    }

    public PublisherConfig withPartitions(int partitions) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions);
    }
}
