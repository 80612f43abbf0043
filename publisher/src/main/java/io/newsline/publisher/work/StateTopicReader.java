package io.newsline.publisher.work;

import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.KafkaClientSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches local copies of crawl-state topic partitions up with the topic, the way Kafka Streams restores a store
 * from its changelog: reads each partition from its copy's checkpoint to its last stable offset (read_committed:
 * an aborted or still open transaction of a dead worker is not read), and moves the checkpoint with each batch
 * written. A copy without a checkpoint, whose checkpoint names another topic id (the topic was deleted and created
 * again), or lies outside the topic (ahead of its end, as after a wiped broker, or before its start), is wiped and
 * rebuilt from the beginning, and gets its checkpoint only once the whole rebuild is durable.
 */
public final class StateTopicReader {
    /** How often a catch-up that is still running logs how far it is. */
    public static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(StateTopicReader.class);

    private final String bootstrap;
    private final KafkaClientSettings client;
    private final String stateTopic;

    /** A record of the state topic: its key and value ({@code null} for a tombstone). */
    public record Change(String key, byte[] value) {
    }

    /**
     * Up to where a copy holds the topic: the topic's id (its Kafka UUID: a topic deleted and created again under
     * the same name has another) and the offset of the next record to read.
     */
    public record Checkpoint(String topicId, long nextOffset) {
        public Checkpoint {
            Objects.requireNonNull(topicId, "topicId");
        }
    }

    /** The local copy of one state-topic partition. */
    public interface LocalCopy {
        /** Up to where the copy holds the topic, if it knows. */
        Optional<Checkpoint> checkpoint();

        /**
         * Forgets everything, checkpoint included, before a rebuild from the beginning: until {@link #finishRebuild}
         * the copy has no checkpoint, so it may write without waiting for the disk.
         */
        void startRebuild();

        /**
         * Applies {@code changes}, in order; with {@code nextOffset}, moves the checkpoint there in the same write (a
         * copy being rebuilt has none to move).
         */
        void write(List<Change> changes, OptionalLong nextOffset);

        /** Makes the rebuilt copy durable, then records {@code checkpoint}. */
        void finishRebuild(Checkpoint checkpoint);
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
     * Reads every partition of {@code copies} (partition number to its copy) to its end. A long restore runs as long
     * as it moves on, logging its progress every {@link #PROGRESS_EVERY}: only {@code timeout} without a record read
     * (the broker gone or not answering) ends it.
     *
     * @throws IllegalStateException naming the topic, partitions, broker and how far it got when no record could be
     *                               read for {@code timeout}
     */
    public CaughtUp catchUp(Map<Integer, ? extends LocalCopy> copies, Duration timeout) {
        Map<Integer, Long> read = new HashMap<>();
        Set<Integer> rebuilt = new TreeSet<>();
        if (copies.isEmpty()) {
            return new CaughtUp(read, rebuilt);
        }
        String topicId = topicId(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerSettings())) {
            List<TopicPartition> tps = new ArrayList<>();
            copies.keySet().forEach(p -> tps.add(new TopicPartition(stateTopic, p)));
            consumer.assign(tps);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(tps, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps, timeout); // the LSO under read_committed
            for (TopicPartition tp : tps) {
                LocalCopy copy = copies.get(tp.partition());
                Optional<Checkpoint> checkpoint = copy.checkpoint();
                read.put(tp.partition(), 0L);
                if (checkpoint.isEmpty() || !checkpoint.get().topicId().equals(topicId)
                        || checkpoint.get().nextOffset() > end.get(tp) || checkpoint.get().nextOffset() < start.get(tp)) {
                    copy.startRebuild();
                    rebuilt.add(tp.partition());
                    consumer.seek(tp, start.get(tp));
                } else {
                    consumer.seek(tp, checkpoint.get().nextOffset());
                }
            }
            Progress progress = new Progress(copies.keySet(), remaining(consumer, end));
            for (long left = progress.total; left > 0; left = remaining(consumer, end)) {
                long done = progress.total - left;
                if (!progress.movedTo(done) && progress.stalledFor(timeout)) {
                    throw new IllegalStateException("could not read " + stateTopic + " partitions " + copies.keySet()
                            + " from Kafka at " + bootstrap + ": nothing read for " + timeout.toSeconds() + " s, " + done
                            + " of " + progress.total + " records read; is the broker up? (--broker-timeout sets this wait)");
                }
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition tp : batch.partitions()) {
                    List<ConsumerRecord<String, byte[]>> records = batch.records(tp);
                    List<Change> changes = new ArrayList<>(records.size());
                    for (ConsumerRecord<String, byte[]> r : records) {
                        changes.add(new Change(r.key(), r.value()));
                    }
                    // read_committed: the position never passes the last stable offset, so all before it is committed
                    copies.get(tp.partition()).write(changes, rebuilt.contains(tp.partition())
                            ? OptionalLong.empty() : OptionalLong.of(consumer.position(tp)));
                    read.merge(tp.partition(), (long) changes.size(), Long::sum);
                }
            }
            progress.finished();
            for (TopicPartition tp : tps) {
                LocalCopy copy = copies.get(tp.partition());
                if (rebuilt.contains(tp.partition())) {
                    copy.finishRebuild(new Checkpoint(topicId, consumer.position(tp)));
                } else {
                    copy.write(List.of(), OptionalLong.of(consumer.position(tp)));
                }
            }
        }
        return new CaughtUp(read, rebuilt);
    }

    /**
     * Records (offsets) still to read up to {@code end}; a partition read past it (a transaction committed meanwhile
     * moved its last stable offset) counts as done.
     */
    private static long remaining(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey()))).sum();
    }

    /**
     * How far a catch-up is: records read of those it has to read, when it last moved on, and an INFO line every
     * {@link #PROGRESS_EVERY} while it reads (and one when it has read all, if it ran that long), for an operator
     * watching a worker that restores a large state.
     */
    private final class Progress {
        private final Set<Integer> partitions;
        private final long total;
        private final long started = System.nanoTime();
        private long done;
        private long movedAt = started;
        private long loggedAt = started;

        Progress(Set<Integer> partitions, long total) {
            this.partitions = new TreeSet<>(partitions);
            this.total = total;
        }

        /** Records {@code now} read in all; true if that is more than before. */
        boolean movedTo(long now) {
            long t = System.nanoTime();
            boolean moved = now > done;
            if (moved) {
                done = now;
                movedAt = t;
            }
            if (t - loggedAt >= PROGRESS_EVERY.toNanos()) {
                loggedAt = t;
                LOG.info("restoring {} partitions {}: {} of {} records ({}%), {} records/s", stateTopic, partitions, done, total,
                        total == 0 ? 100 : done * 100 / total, perSecond(done, t));
            }
            return moved;
        }

        boolean stalledFor(Duration timeout) {
            return System.nanoTime() - movedAt > timeout.toNanos();
        }

        void finished() {
            long t = System.nanoTime();
            if (loggedAt != started) {
                LOG.info("read {} partitions {} to their end: {} records in {} s, {} records/s", stateTopic, partitions, total,
                        (t - started) / 1_000_000_000L, perSecond(total, t));
            }
        }

        private long perSecond(long records, long now) {
            long nanos = Math.max(1, now - started);
            return records * 1_000_000_000L / nanos;
        }
    }

    /** The id of the state topic (its Kafka UUID), which a checkpoint must name to be trusted. */
    private String topicId(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = ArticlePublisher.createAdmin(bootstrap, client, "newsline-state-reader", timeout)) {
            while (true) {
                try {
                    TopicDescription d = admin.describeTopics(List.of(stateTopic)).allTopicNames()
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(stateTopic);
                    return d.topicId().toString();
                } catch (ExecutionException e) {
                    // a topic just created may not be known to the broker answering yet
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe the state topic " + stateTopic + " at Kafka " + bootstrap + ": "
                    + e.getCause().getMessage() + "; is the worker's --kafka right, and the topic created?", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrap + " did not describe the state topic " + stateTopic
                    + " within " + timeout.toSeconds() + " s; is it running? Use --kafka to point elsewhere", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing the state topic " + stateTopic, e);
        }
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none"); // every position is set; never skip silently
        // bulk reads: large fetches, few round trips (the restore reads whole partitions)
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20_000);
        c.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20);
        c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100); // the wait at a partition's end, once per fetch
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20);
        c.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20);
        c.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, 1 << 20);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return client.consumer(c);
    }
}
