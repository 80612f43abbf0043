package io.newsline.publisher;

import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import io.newsline.record.DeadLetter;
import io.newsline.record.DeadLetterCodec;
import io.newsline.record.NewslineHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Publishes article records (keyed by {@link ArticleRecord#id()}) and dead letters (keyed by URL) to Kafka with an
 * idempotent, fully acknowledged producer ({@link ProducerSettings}). Thread-safe: one publisher is shared by all
 * crawl threads.
 *
 * <p>Each article record carries the headers {@value NewslineHeaders#SCHEMA} and {@value NewslineHeaders#VERSION}.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final PublisherConfig config;
    private final Admin admin;
    private final Producer<String, byte[]> producer;

    private ArticlePublisher(PublisherConfig config, Admin admin, Producer<String, byte[]> producer) {
        this.config = config;
        this.admin = admin;
        this.producer = producer;
    }

    /**
     * Checks that Kafka answers, creates the topics when missing ({@link Topics#ensure}) and starts the producer.
     *
     * @param timeout how long to wait for the broker's first answer (and for topic creation)
     * @throws BrokerUnavailableException when Kafka does not answer within {@code timeout}
     */
    public static ArticlePublisher connect(PublisherConfig config, Duration timeout) {
        return connect(config, timeout, ProducerSettings.of(config));
    }

    /** As {@link #connect(PublisherConfig, Duration)}, with another {@code compression.type} (for measurements). */
    public static ArticlePublisher connect(PublisherConfig config, Duration timeout, String compression) {
        return connect(config, timeout, ProducerSettings.of(config, compression));
    }

    private static ArticlePublisher connect(PublisherConfig config, Duration timeout, Map<String, Object> producer) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(timeout, "timeout");
        Admin admin = createAdmin(config.bootstrapServers(), config.client(), config.clientId() + "-admin", timeout);
        try {
            awaitAnswer(admin, config.bootstrapServers(), timeout);
            Topics.ensure(admin, config, timeout);
            return new ArticlePublisher(config, admin, new KafkaProducer<>(producer));
        } catch (RuntimeException e) {
            admin.close(Duration.ZERO);
            throw e;
        }
    }

    /**
     * Checks that Kafka at {@code config}'s address answers this client (its TLS and login accepted), then lets go.
     *
     * @throws BrokerUnavailableException naming the address and, when Kafka refused the client, the settings to check
     */
    public static void awaitReachable(PublisherConfig config, Duration timeout) {
        try (Admin admin = createAdmin(config.bootstrapServers(), config.client(), config.clientId() + "-check", timeout)) {
            awaitAnswer(admin, config.bootstrapServers(), timeout);
        }
    }

    /**
     * An admin client for {@code bootstrap}.
     *
     * @throws BrokerUnavailableException when the address is malformed or no host in it resolves
     */
    static Admin createAdmin(String bootstrap, String clientId, Duration timeout) {
        return createAdmin(bootstrap, KafkaClientSettings.none(), clientId, timeout);
    }

    /**
     * An admin client for {@code bootstrap} with the operator's client properties.
     *
     * @throws BrokerUnavailableException when the address is malformed or no host in it resolves
     */
    public static Admin createAdmin(String bootstrap, KafkaClientSettings client, String clientId, Duration timeout) {
        try {
            return Admin.create(client.admin(adminSettings(bootstrap, clientId, timeout)));
        } catch (KafkaException e) {
            throw new BrokerUnavailableException("Kafka address '" + bootstrap + "' is not usable (" + rootMessage(e)
                    + "); give host:port[,host:port...] with --kafka or NEWSLINE_KAFKA_BOOTSTRAP_SERVERS", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    static Map<String, Object> adminSettings(String bootstrap, String clientId, Duration timeout) {
        int ms = (int) Math.max(1000, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
                // Do not fill the log with one line per refused connection while Kafka is down.
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
    }

    /**
     * Waits until the cluster at {@code bootstrap} describes itself.
     *
     * @throws BrokerUnavailableException naming the address when it does not within {@code timeout}
     */
    public static void awaitAnswer(Admin admin, String bootstrap, Duration timeout) {
        try {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw unavailable(bootstrap, timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(bootstrap, timeout, e);
        }
    }

    static BrokerUnavailableException unavailable(String bootstrap, Duration timeout, Exception cause) {
        if (cause.getCause() instanceof AuthenticationException refused) {
            return new BrokerUnavailableException(refusal(bootstrap, refused), cause);
        }
        return new BrokerUnavailableException("Kafka at " + bootstrap + " did not answer within "
                + timeout.toSeconds() + " s; is it running? Use --kafka or NEWSLINE_KAFKA_BOOTSTRAP_SERVERS to point elsewhere",
                cause);
    }

    /**
     * One line saying why Kafka at {@code bootstrap} refused this client, and which settings to check. Names no
     * secret: Kafka's authentication messages carry none.
     */
    static String refusal(String bootstrap, AuthenticationException e) {
        if (e instanceof SslAuthenticationException) {
            return "Kafka at " + bootstrap + ": the TLS handshake failed (" + rootMessage(e) + "); check that"
                    + " ssl.truststore.location (--kafka-config or NEWSLINE_KAFKA_SSL_TRUSTSTORE_LOCATION) holds the CA"
                    + " that signed the broker's certificate, and security.protocol";
        }
        return "Kafka at " + bootstrap + " refused the login (" + e.getMessage() + "); check sasl.mechanism and the"
                + " user and password in sasl.jaas.config (--kafka-config or NEWSLINE_KAFKA_SASL_JAAS_CONFIG)";
    }

    /**
     * Sends one article version. The future completes when the broker acknowledged it (all in-sync replicas), or
     * exceptionally with a {@link PublishException} when it did not within the configured delivery timeout.
     */
    public CompletableFuture<Delivery> publish(ArticleRecord r) {
        Objects.requireNonNull(r, "record");
        return send(articleRecord(config.topic(), r));
    }

    /**
     * The Kafka record of one article version for {@code topic}: key {@link ArticleRecord#id()}, JSON value and the
     * Newsline headers. For producers other than this one (the workers' transactional producer).
     */
    public static ProducerRecord<String, byte[]> articleRecord(String topic, ArticleRecord r) {
        Objects.requireNonNull(r, "record");
        return new ProducerRecord<>(topic, null, r.id(),
                ArticleRecordCodec.encode(r), List.of(
                        new RecordHeader(NewslineHeaders.SCHEMA, NewslineHeaders.value(r.schemaVersion())),
                        new RecordHeader(NewslineHeaders.VERSION, NewslineHeaders.value(r.version()))));
    }

    /** The Kafka record of one dead letter for {@code topic}, keyed by its URL. */
    public static ProducerRecord<String, byte[]> deadLetterRecord(String topic, DeadLetter d) {
        Objects.requireNonNull(d, "deadLetter");
        return new ProducerRecord<>(topic, null, d.url(),
                DeadLetterCodec.encode(d), List.of(
                        new RecordHeader(NewslineHeaders.SCHEMA, NewslineHeaders.value(d.schemaVersion()))));
    }

    /** Sends one dead letter to the dead-letter topic, keyed by its URL. */
    public CompletableFuture<Delivery> deadLetter(DeadLetter d) {
        Objects.requireNonNull(d, "deadLetter");
        return send(deadLetterRecord(config.deadLetterTopic(), d));
    }

    private CompletableFuture<Delivery> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<Delivery> result = new CompletableFuture<>();
        try {
            producer.send(record, (meta, error) -> {
                if (error != null) {
                    result.completeExceptionally(failure(record, error));
                } else {
                    result.complete(new Delivery(meta.topic(), meta.partition(), meta.offset()));
                }
            });
        } catch (RuntimeException e) { // e.g. no metadata within max.block.ms, record too large, producer closed
            result.completeExceptionally(failure(record, e));
        }
        return result;
    }

    private PublishException failure(ProducerRecord<String, byte[]> record, Throwable error) {
        return new PublishException("Kafka at " + config.bootstrapServers() + " did not accept record " + record.key()
                + " for topic " + record.topic() + " (delivery timeout " + config.deliveryTimeout().toSeconds()
                + " s): " + error, error);
    }

    /** Sends everything buffered and waits until each send completed (acknowledged or failed). */
    public void flush() {
        producer.flush();
    }

    /**
     * The end offset of each partition of the articles topic (the offset the next record will get). A crawler
     * notes these before publishing, so that after a crash {@link TopicScan} can read what was published since.
     */
    public Map<Integer, Long> endOffsets() {
        Duration timeout = Duration.ofSeconds(30);
        try {
            TopicDescription description = admin.describeTopics(List.of(config.topic())).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(config.topic());
            Map<TopicPartition, OffsetSpec> request = description.partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(config.topic(), p.partition()),
                            p -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                    admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<Integer, Long> result = new TreeMap<>();
            offsets.forEach((tp, info) -> result.put(tp.partition(), info.offset()));
            return result;
        } catch (TimeoutException | ExecutionException e) {
            throw new BrokerUnavailableException("cannot read the end offsets of " + config.topic() + " from Kafka at "
                    + config.bootstrapServers() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading end offsets of " + config.topic(), e);
        }
    }

    /**
     * The id of the Kafka cluster this publisher writes to: fixed when the cluster's storage was formatted, so it
     * changes when the broker is wiped or replaced (the embedded broker keeps its own in its data directory).
     *
     * @throws BrokerUnavailableException naming the address when the cluster does not say within 30 s
     */
    public String clusterId() {
        Duration timeout = Duration.ofSeconds(30);
        try {
            return admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw unavailable(config.bootstrapServers(), timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(config.bootstrapServers(), timeout, e);
        }
    }

    /** The configuration this publisher was connected with. */
    public PublisherConfig config() {
        return config;
    }

    /** Sends what is buffered, waiting at most {@code timeout}, then releases the connections. */
    public void close(Duration timeout) {
        try {
            producer.close(timeout);
        } finally {
            admin.close(timeout);
        }
    }

    /** {@link #close(Duration)} with 30 s. */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_TIMEOUT);
    }
}
