package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.StateFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Restores the crawl state of newly owned partitions into their {@link StateFile}s, the way Kafka Streams restores
 * a store from its changelog: reads each partition of the state topic from the file's checkpoint to its last stable
 * offset (read_committed: an aborted or still open transaction of a dead worker is not read), and moves the
 * checkpoint with each batch written. A file without a checkpoint, or whose checkpoint lies outside the topic
 * (ahead of its end, as after a wiped broker, or before its start), is rebuilt from the beginning. Without a state
 * directory every restore starts from the beginning, into native memory.
 */
final class StateRestorer {
    private final String bootstrap;
    private final String stateTopic;
    private final Optional<Path> stateDir;

    /** What a restore did: the partitions, ready, and how many records it read for each. */
    record Restored(Map<Integer, OwnedPartition> partitions, Map<Integer, Long> recordsRead, Set<Integer> rebuilt) {
        long totalRead() {
            return recordsRead.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    StateRestorer(String bootstrap, String stateTopic, Optional<Path> stateDir) {
        this.bootstrap = bootstrap;
        this.stateTopic = stateTopic;
        this.stateDir = stateDir;
    }

    /** The file of partition {@code p} in {@code dir}. */
    static Path fileOf(Path dir, String stateTopic, int p) {
        return dir.resolve(stateTopic + "-" + p + ".db");
    }

    Restored restore(Collection<Integer> partitions, Duration timeout) {
        Map<Integer, StateFile> files = new HashMap<>();
        try {
            for (int p : partitions) {
                files.put(p, stateDir.map(d -> StateFile.open(fileOf(d, stateTopic, p))).orElseGet(StateFile::inMemory));
            }
            Map<Integer, Long> read = new HashMap<>();
            Set<Integer> rebuilt = new TreeSet<>();
            if (!partitions.isEmpty()) {
                read(files, read, rebuilt, timeout);
            }
            Map<Integer, OwnedPartition> owned = new HashMap<>();
            files.forEach((p, f) -> owned.put(p, new OwnedPartition(p, f)));
            return new Restored(owned, read, rebuilt);
        } catch (RuntimeException e) {
            files.values().forEach(StateFile::close);
            throw e;
        }
    }

    private void read(Map<Integer, StateFile> files, Map<Integer, Long> read, Set<Integer> rebuilt, Duration timeout) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none"); // every position is set below; never skip silently
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
            List<TopicPartition> tps = new ArrayList<>();
            files.keySet().forEach(p -> tps.add(new TopicPartition(stateTopic, p)));
            consumer.assign(tps);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(tps, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps, timeout); // the LSO under read_committed
            for (TopicPartition tp : tps) {
                StateFile file = files.get(tp.partition());
                OptionalLong checkpoint = file.checkpoint();
                read.put(tp.partition(), 0L);
                if (checkpoint.isEmpty() || checkpoint.getAsLong() > end.get(tp) || checkpoint.getAsLong() < start.get(tp)) {
                    file.wipe();
                    rebuilt.add(tp.partition());
                    consumer.seek(tp, start.get(tp));
                } else {
                    consumer.seek(tp, checkpoint.getAsLong());
                }
            }
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + stateTopic + " partitions " + files.keySet()
                            + " to their end within " + timeout.toSeconds() + " s from Kafka at " + bootstrap);
                }
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition tp : tps) {
                    List<StateFile.Change> changes = new ArrayList<>();
                    for (ConsumerRecord<String, byte[]> r : batch.records(tp)) {
                        changes.add(new StateFile.Change(r.key(), r.value()));
                    }
                    // read_committed: the position never passes the last stable offset, so all before it is committed
                    files.get(tp.partition()).write(changes, OptionalLong.of(consumer.position(tp)));
                    read.merge(tp.partition(), (long) changes.size(), Long::sum);
                }
            }
            for (TopicPartition tp : tps) {
                files.get(tp.partition()).write(List.of(), OptionalLong.of(consumer.position(tp)));
            }
        }
    }
}
