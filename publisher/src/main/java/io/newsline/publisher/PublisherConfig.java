package io.newsline.publisher;

import io.newsline.parser.profile.DurationValue;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to publish. The Kafka-side defaults of every command live here, once: build a config with
 * {@link #defaults(String)} and the {@code with...} methods. Null arguments of the constructor take the defaults below.
 *
 * @param bootstrapServers Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092} (required)
 * @param topic            articles topic, default {@value #DEFAULT_TOPIC}
 * @param deadLetterTopic  dead-letter topic, default the topic with {@value #DEAD_LETTER_SUFFIX} appended
 * @param clientId         Kafka client id, default {@value #DEFAULT_CLIENT_ID}
 * @param deliveryTimeout  how long a record may wait for the broker's acknowledgement before its publication
 *                         fails, default {@value #DEFAULT_DELIVERY_TIMEOUT_TEXT}
 * @param partitions       partitions of the articles topic when this publisher creates it, default
 *                         {@value #DEFAULT_PARTITIONS}
 * @param client           the operator's Kafka client properties (TLS, SASL, compression...) added to every client
 *                         built for this config, default none
 */
public record PublisherConfig(String bootstrapServers, String topic, String deadLetterTopic, String clientId,
                              Duration deliveryTimeout, int partitions, KafkaClientSettings client) {

    public static final String DEFAULT_TOPIC = "news.articles";
    /** Appended to the articles topic to name its dead-letter topic, unless one is given. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    public static final String DEFAULT_DEAD_LETTER_TOPIC = DEFAULT_TOPIC + DEAD_LETTER_SUFFIX;
    public static final String DEFAULT_CLIENT_ID = "newsline";
    /** The delivery timeout as the command line writes it. */
    public static final String DEFAULT_DELIVERY_TIMEOUT_TEXT = "2m";
    public static final Duration DEFAULT_DELIVERY_TIMEOUT = DurationValue.parse(DEFAULT_DELIVERY_TIMEOUT_TEXT);
    /** How long a command waits for Kafka to answer at start, as the command line writes it. */
    public static final String DEFAULT_BROKER_TIMEOUT_TEXT = "30s";
    public static final Duration DEFAULT_BROKER_TIMEOUT = DurationValue.parse(DEFAULT_BROKER_TIMEOUT_TEXT);
    public static final int DEFAULT_PARTITIONS = 6;

    /** A config with no extra client properties. */
    public PublisherConfig(String bootstrapServers, String topic, String deadLetterTopic, String clientId,
                           Duration deliveryTimeout, int partitions) {
        this(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, null);
    }

    public PublisherConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers must not be blank (host:port[,host:port...])");
        }
        topic = topic == null ? DEFAULT_TOPIC : topic;
        deadLetterTopic = deadLetterTopic == null ? deadLetterTopicOf(topic) : deadLetterTopic;
        clientId = clientId == null ? DEFAULT_CLIENT_ID : clientId;
        deliveryTimeout = deliveryTimeout == null ? DEFAULT_DELIVERY_TIMEOUT : deliveryTimeout;
        partitions = partitions <= 0 ? DEFAULT_PARTITIONS : partitions;
        client = client == null ? KafkaClientSettings.none() : client;
        if (deliveryTimeout.toMillis() < 1000) {
            throw new IllegalArgumentException("deliveryTimeout must be at least 1 s, got " + deliveryTimeout);
        }
        if (topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("topic and deadLetterTopic must differ, both are '" + topic + "'");
        }
    }

    /** The dead-letter topic of articles topic {@code topic} when none is given: {@code news.articles.dlq}. */
    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** All defaults, publishing to {@code bootstrapServers}. */
    public static PublisherConfig defaults(String bootstrapServers) {
        return new PublisherConfig(bootstrapServers, null, null, null, null, 0, null);
    }

    public PublisherConfig withBootstrapServers(String bootstrapServers) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, client);
    }

    /** This config publishing to {@code topic}; a dead-letter topic that followed the old topic follows the new one. */
    public PublisherConfig withTopic(String topic) {
        String dlq = deadLetterTopic.equals(deadLetterTopicOf(this.topic)) ? deadLetterTopicOf(topic) : deadLetterTopic;
        return new PublisherConfig(bootstrapServers, topic, dlq, clientId, deliveryTimeout, partitions, client);
    }

    public PublisherConfig withDeadLetterTopic(String deadLetterTopic) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, client);
    }

    public PublisherConfig withClientId(String clientId) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, client);
    }

    public PublisherConfig withDeliveryTimeout(Duration deliveryTimeout) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, client);
    }

    public PublisherConfig withPartitions(int partitions) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, client);
    }

    /** This config with the operator's Kafka client properties. */
    public PublisherConfig withClient(KafkaClientSettings client) {
        return new PublisherConfig(bootstrapServers, topic, deadLetterTopic, clientId, deliveryTimeout, partitions, client);
    }
}
