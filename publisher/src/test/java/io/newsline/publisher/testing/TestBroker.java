package io.newsline.publisher.testing;

import io.newsline.publisher.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One real Kafka broker for all tests of a JVM: started on first use in a temp dir (about 3 s), stopped and deleted
 * when the JVM exits. Tests share it, so each test should use its own topic ({@link #uniqueTopic(String)}).
 */
public final class TestBroker {

    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static EmbeddedBroker broker;

    private TestBroker() {
    }

    /** The shared broker's bootstrap servers, starting it on first call. */
    public static synchronized String bootstrap() {
        if (broker == null) {
            Path dir = tempDir("newsline-test-broker-");
            broker = EmbeddedBroker.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                deleteRecursively(dir);
            }, "newsline-test-broker-stop"));
        }
        return broker.bootstrapServers();
    }

    /** The folder of partition {@code partition} of {@code topic} in the shared broker's log, where its segments are. */
    public static synchronized Path partitionDir(String topic, int partition) {
        bootstrap();
        return broker.dataDir().resolve("kafka").resolve(topic + "-" + partition);
    }

    /** A topic name no other test of this JVM uses, e.g. {@code articles-3-1a2b3c}. */
    public static String uniqueTopic(String prefix) {
        return prefix + "-" + TOPICS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A fresh temp dir (for tests that run their own {@link EmbeddedBroker}). */
    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp dir", e);
        }
    }

    /** One record as the broker stored it. */
    public record StoredRecord(int partition, long offset, String key, byte[] value, Map<String, String> headers) {
        /** The value as UTF-8 text. */
        public String valueText() {
            return value == null ? null : new String(value, StandardCharsets.UTF_8);
        }
    }

    /** All committed records of {@code topic} on the shared broker, by partition then offset. */
    public static List<StoredRecord> readAll(String topic, Duration timeout) {
        return readAll(bootstrap(), topic, timeout);
    }

    /**
     * All committed records (read_committed) of {@code topic} at {@code bootstrap}, read from the beginning to the
     * end offsets as of this call, ordered by partition then offset.
     *
     * @throws IllegalStateException when the end is not reached within {@code timeout} or the topic does not exist
     */
    public static List<StoredRecord> readAll(String bootstrap, String topic, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<StoredRecord> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist at " + bootstrap);
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, timeout));
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("did not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        out.add(new StoredRecord(r.partition(), r.offset(), r.key(), r.value(), headers(r)));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(StoredRecord::partition).thenComparingLong(StoredRecord::offset));
        return out;
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> r) {
        Map<String, String> h = new LinkedHashMap<>();
        for (Header header : r.headers()) {
            h.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return h;
    }

    /** Deletes a dir tree, ignoring what is already gone. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
