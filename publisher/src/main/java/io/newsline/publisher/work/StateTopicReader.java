package io.newsline.publisher.work;

import io.newsline.publisher.KafkaClientSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Catches local copies of crawl-state topic partitions up with the topic, the way Kafka Streams restores a store
 * from its changelog: reads each partition from its copy's checkpoint to its last stable offset (read_committed:
 * an aborted or still open transaction of a dead worker is not read), and moves the checkpoint with each batch
 * written. A copy without a checkpoint, or whose checkpoint lies outside the topic (ahead of its end, as after a
 * wiped broker, or before its start), is wiped and rebuilt from the beginning.
 */
public final class StateTopicReader {
    private final String bootstrap;
    private final KafkaClientSettings client;
    private final String stateTopic;

    /** A record of the state topic: its key and value ({@code null} for a tombstone). */
    public record Change(String key, byte[] value) {
    }

    /** The local copy of one state-topic partition. */
    public interface LocalCopy {
        /** The offset of the next record to read, if the copy has one. */
        OptionalLong checkpoint();

        /** Forgets everything, checkpoint included. */
        void wipe();

        /** Applies {@code changes} and moves the checkpoint to {@code nextOffset}, together. */
        void write(List<Change> changes, long nextOffset);
    }

    /** What a catch-up did: how many records it read for each partition, and which it rebuilt from the start. */
    public record CaughtUp(Map<Integer, Long> recordsRead, Set<Integer> rebuilt) {
        public CaughtUp {
            recordsRead = Map.copyOf(recordsRead);
            rebuilt = Set.copyOf(rebuilt);
        }
    }

    public StateTopicReader(String bootstrap, String stateTopic) {
        this(bootstrap, KafkaClientSettings.none(), stateTopic);
    }

    /** A reader of {@code stateTopic} at {@code bootstrap} with the operator's client properties. */
    public StateTopicReader(String bootstrap, KafkaClientSettings client, String stateTopic) {
        this.bootstrap = bootstrap;
        this.client = client;
        this.stateTopic = stateTopic;
    }

    /**
     * Reads every partition of {@code copies} (partition number to its copy) to its end.
     *
     * @throws IllegalStateException naming the topic, partitions and broker when that takes longer than {@code timeout}
     */
    public CaughtUp catchUp(Map<Integer, ? extends LocalCopy> copies, Duration timeout) {
        Map<Integer, Long> read = new HashMap<>();
        Set<Integer> rebuilt = new TreeSet<>();
        if (copies.isEmpty()) {
            return new CaughtUp(read, rebuilt);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerSettings())) {
            List<TopicPartition> tps = new ArrayList<>();
            copies.keySet().forEach(p -> tps.add(new TopicPartition(stateTopic, p)));
            consumer.assign(tps);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(tps, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps, timeout); // the LSO under read_committed
            for (TopicPartition tp : tps) {
                LocalCopy copy = copies.get(tp.partition());
                OptionalLong checkpoint = copy.checkpoint();
                read.put(tp.partition(), 0L);
                if (checkpoint.isEmpty() || checkpoint.getAsLong() > end.get(tp) || checkpoint.getAsLong() < start.get(tp)) {
                    copy.wipe();
                    rebuilt.add(tp.partition());
                    consumer.seek(tp, start.get(tp));
                } else {
                    consumer.seek(tp, checkpoint.getAsLong());
                }
            }
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + stateTopic + " partitions " + copies.keySet()
                            + " to their end within " + timeout.toSeconds() + " s from Kafka at " + bootstrap);
                }
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition tp : tps) {
                    List<Change> changes = new ArrayList<>();
                    for (ConsumerRecord<String, byte[]> r : batch.records(tp)) {
                        changes.add(new Change(r.key(), r.value()));
                    }
                    // read_committed: the position never passes the last stable offset, so all before it is committed
                    copies.get(tp.partition()).write(changes, consumer.position(tp));
                    read.merge(tp.partition(), (long) changes.size(), Long::sum);
                }
            }
            for (TopicPartition tp : tps) {
                copies.get(tp.partition()).write(List.of(), consumer.position(tp));
            }
        }
        return new CaughtUp(read, rebuilt);
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none"); // every position is set; never skip silently
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return client.consumer(c);
    }
}
