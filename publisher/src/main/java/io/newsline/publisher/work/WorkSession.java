package io.newsline.publisher.work;

import io.newsline.publisher.ProducerSettings;
import io.newsline.publisher.PublisherConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One Kafka session of a worker: a member of the consumer group over the frontier topic, and a transactional
 * producer whose open {@link WorkTransaction} takes what the work writes. {@link #commit()} commits that
 * transaction together with the frontier offsets of the URLs finished (the lowest unfinished one per partition).
 * Every Kafka failure surfaces as a {@link WorkSessionLostException}: the worker then opens a new session and
 * redoes the work from the committed state. Used by one thread (the worker's poll loop), except
 * {@link #transaction()}'s emits, {@link #started}, {@link #finished} and {@link #wakeup()}.
 */
public final class WorkSession implements AutoCloseable {
    private final Settings settings;
    private final WorkTransaction txn;
    private final KafkaConsumer<String, byte[]> consumer;
    private final OffsetTracker offsets = new OffsetTracker();

    /**
     * @param publisher          the producer settings and the article topics
     * @param group              the worker group, also the prefix of the transactional id
     * @param frontierTopic      the topic of URLs to fetch
     * @param sessionTimeout     how long the group waits for a silent member before it moves its partitions
     * @param transactionTimeout how long the broker keeps an open transaction of a silent producer
     */
    public record Settings(PublisherConfig publisher, String group, String frontierTopic, Duration sessionTimeout,
                           Duration transactionTimeout) {
        public Settings {
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(frontierTopic, "frontierTopic");
            Objects.requireNonNull(sessionTimeout, "sessionTimeout");
            Objects.requireNonNull(transactionTimeout, "transactionTimeout");
        }
    }

    /**
     * A URL taken from the frontier: its partition and offset, the URL ({@code null} for an empty record), and the bytes
     * of its {@link FrontierTopics#HINT_HEADER} header ({@code null} when the record has none).
     */
    public record FrontierUrl(int partition, long offset, String url, byte[] hint) {
        /** A URL without a hint. */
        public FrontierUrl(int partition, long offset, String url) {
            this(partition, offset, url, null);
        }
    }

    /**
     * Told when the group moves frontier partitions. Runs on the polling thread, inside {@link #poll}; what it
     * throws ends the session.
     */
    public interface Ownership {
        /** The partitions leave this worker in an orderly way: commit what was done for them now. */
        void revoked(Set<Integer> partitions);

        /** The partitions were taken away (the session expired): what was not committed is lost. */
        void lost(Set<Integer> partitions);

        /** The partitions are this worker's now. */
        void assigned(Set<Integer> partitions);
    }

    /**
     * Opens the producer (a fresh transactional id, its first transaction begun) and the consumer.
     *
     * @param committedArticles told how many article records each commit made visible
     */
    public static WorkSession open(Settings settings, LongConsumer committedArticles) {
        try {
            return new WorkSession(settings, committedArticles);
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        }
    }

    private WorkSession(Settings settings, LongConsumer committedArticles) {
        this.settings = settings;
        Map<String, Object> p = new HashMap<>(ProducerSettings.of(settings.publisher()));
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.group() + "-" + UUID.randomUUID());
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) settings.transactionTimeout().toMillis());
        WorkTransaction t = new WorkTransaction(new KafkaProducer<>(p), committedArticles);
        try {
            this.consumer = new KafkaConsumer<>(consumerSettings(settings));
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
        this.txn = t;
    }

    /** Joins the group; {@code ownership} hears of every partition move from the next {@link #poll} on. */
    public void subscribe(Ownership ownership) {
        consumer.subscribe(List.of(settings.frontierTopic()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
                ownership.revoked(partitions(revoked));
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> gone) {
                ownership.lost(partitions(gone));
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
                ownership.assigned(partitions(assigned));
            }
        });
    }

    /** The URLs the frontier has for this worker, waiting up to {@code timeout}; none after {@link #wakeup()}. */
    public List<FrontierUrl> poll(Duration timeout) {
        try {
            List<FrontierUrl> out = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
                offsets.polled(new TopicPartition(r.topic(), r.partition()), r.offset());
                Header hint = r.headers().lastHeader(FrontierTopics.HINT_HEADER);
                out.add(new FrontierUrl(r.partition(), r.offset(),
                        r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8),
                        hint == null ? null : hint.value()));
            }
            return out;
        } catch (WakeupException e) {
            return List.of();
        } catch (KafkaException e) {
            if (e.getCause() instanceof WorkSessionLostException lost) {
                throw lost; // thrown by an Ownership callback, wrapped by the consumer
            }
            throw new WorkSessionLostException(e);
        }
    }

    /** Makes a running or the next {@link #poll} return at once. Any thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    /** The open transaction, for what the work writes. */
    public WorkTransaction transaction() {
        return txn;
    }

    /** Work began on the URL at {@code offset}: the partition's committed offset stays at or below it until it finishes. */
    public void started(int partition, long offset) {
        offsets.started(frontier(partition), offset);
    }

    /** Work on the URL at {@code offset} is done and written to the transaction. */
    public void finished(int partition, long offset) {
        offsets.finished(frontier(partition), offset);
    }

    /** Forgets the offsets of unfinished work (the partitions are handed back; the next owner redoes it). */
    public void forgetOffsets() {
        offsets.clear();
    }

    /**
     * Pauses a partition with {@code maxOpen} URLs started and not finished, and resumes it below half of that, so
     * that one busy partition does not take all the memory while others idle.
     */
    public void throttle(int maxOpen) {
        Set<TopicPartition> paused = consumer.paused();
        for (TopicPartition tp : consumer.assignment()) {
            int n = offsets.openCount(tp);
            if (n >= maxOpen && !paused.contains(tp)) {
                consumer.pause(List.of(tp));
            } else if (paused.contains(tp) && n < maxOpen / 2) {
                consumer.resume(List.of(tp));
            }
        }
    }

    /**
     * Commits the transaction with the frontier offsets that moved, and begins the next one. {@code beforeCommit} runs
     * first, when no record is being emitted: what it takes of the work's local effects matches exactly the records
     * this commit makes visible.
     */
    public WorkTransaction.Committed commit(Runnable beforeCommit) {
        try {
            Map<TopicPartition, OffsetAndMetadata> taken = new HashMap<>();
            WorkTransaction.Committed c = txn.commit(() -> {
                taken.putAll(offsets.committable());
                return taken;
            }, consumer.groupMetadata(), beforeCommit);
            offsets.committed(taken);
            return c;
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        }
    }

    /** Closes the producer (the broker aborts an open transaction) and the consumer (it leaves the group). */
    @Override
    public void close() {
        try {
            consumer.close(); // first: leaving the group may still commit through the ownership callback
        } finally {
            txn.close();
        }
    }

    private TopicPartition frontier(int partition) {
        return new TopicPartition(settings.frontierTopic(), partition);
    }

    private static Set<Integer> partitions(Collection<TopicPartition> tps) {
        Set<Integer> ids = new TreeSet<>();
        tps.forEach(tp -> ids.add(tp.partition()));
        return ids;
    }

    private static Map<String, Object> consumerSettings(Settings s) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, s.publisher().bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, s.group());
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsline-worker-" + ProcessHandle.current().pid());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // Eager rebalancing: every member stops and commits before any partition moves, so two owners never overlap.
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        c.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) s.sessionTimeout().toMillis());
        c.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.max(500, s.sessionTimeout().toMillis() / 4));
        c.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(10).toMillis());
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return s.publisher().client().consumer(c);
    }
}
