package io.newsline.publisher;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Every producer setting Newsline uses, in one place. Idempotent, fully acknowledged writes (no duplicates and no
 * loss on retries), large batches with gzip compression (articles are 5-10 KB of text; the default 16 KB batch holds
 * only two or three of them), and requests large enough for a 2 MB article. The operator's
 * {@link PublisherConfig#client()} properties are added last (TLS, SASL, {@code compression.type}...); those the
 * guarantees depend on cannot be among them ({@link KafkaClientSettings#PROTECTED}).
 */
public final class ProducerSettings {

    /**
     * Default compression: gzip, the one codec every common consumer reads without extras (the Java client,
     * librdkafka-based clients, kafka-python, KafkaJS). Measured against none, lz4, snappy and zstd in
     * docs/compression.md; change it with {@code compression.type} in {@code --kafka-config}.
     */
    public static final String DEFAULT_COMPRESSION = "gzip";
    public static final int BATCH_SIZE = 256 * 1024;
    public static final int LINGER_MS = 20;
    public static final int MAX_IN_FLIGHT = 5;
    /** Largest request (and so largest single record) the producer sends; topics are created to accept it. */
    public static final int MAX_REQUEST_SIZE = 4 * 1024 * 1024;
    private static final int DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

    private ProducerSettings() {
    }

    /**
     * The producer configuration for {@code config}: Newsline's settings, {@link #DEFAULT_COMPRESSION} unless the
     * operator's client properties name another {@code compression.type}, and those properties.
     */
    public static Map<String, Object> of(PublisherConfig config) {
        Objects.requireNonNull(config, "config");
        return config.client().producer(newslineSettings(config, DEFAULT_COMPRESSION));
    }

    /** As {@link #of(PublisherConfig)}, with the given {@code compression.type} whatever the config says (measurements). */
    public static Map<String, Object> of(PublisherConfig config, String compression) {
        Objects.requireNonNull(compression, "compression");
        Map<String, Object> p = new HashMap<>(of(config));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        return p;
    }

    private static Map<String, Object> newslineSettings(PublisherConfig config, String compression) {
        int deliveryTimeoutMs = Math.toIntExact(config.deliveryTimeout().toMillis());
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.clientId());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compression);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_SIZE);
        p.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, MAX_IN_FLIGHT);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_SIZE);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms; shrink the request timeout for
        // short delivery timeouts instead of failing.
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.min(DEFAULT_REQUEST_TIMEOUT_MS, deliveryTimeoutMs - LINGER_MS));
        // send() blocks while it has no metadata for the topic or the buffer is full; never longer than a delivery.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeoutMs);
        return p;
    }
}
