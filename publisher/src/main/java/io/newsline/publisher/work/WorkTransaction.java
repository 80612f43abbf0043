package io.newsline.publisher.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * The worker's open Kafka transaction. Fetch threads {@link #emit} the records of one finished URL together
 * (article record, state records, dead letter, discovered URLs); the poll thread {@link #commit}s every so often,
 * adding the frontier offsets, and opens the next transaction. A group of records emitted together always lands in
 * one transaction: emitting holds a read lock, committing the write lock.
 */
public final class WorkTransaction implements AutoCloseable {
    private final Producer<String, byte[]> producer;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final LongConsumer committedArticles;
    private final AtomicLong openArticles = new AtomicLong();
    /** The highest offset written in the open transaction, per partition written to (producer callbacks). */
    private final Map<TopicPartition, Long> lastOffsets = new ConcurrentHashMap<>();
    private final Queue<Sent> awaitingCommit = new ConcurrentLinkedQueue<>();
    private volatile boolean dirty;

    /**
     * What a commit made visible: for each topic partition the transaction wrote to, the offset after its last
     * record there (a reader that has read up to it has read everything the transaction wrote there).
     */
    public record Committed(Map<String, Map<Integer, Long>> nextOffsets) {
        static final Committed NOTHING = new Committed(Map.of());

        /** The offset after the transaction's last record in {@code topic}'s {@code partition}; empty if it wrote none there. */
        public OptionalLong nextOffset(String topic, int partition) {
            Long next = nextOffsets.getOrDefault(topic, Map.of()).get(partition);
            return next == null ? OptionalLong.empty() : OptionalLong.of(next);
        }
    }

    /** A transaction that counts nothing published (tests of what is written). */
    public WorkTransaction(Producer<String, byte[]> producer) {
        this(producer, n -> { });
    }

    /**
     * @param committedArticles told how many article records each commit made visible; records of a transaction that
     *                          is aborted (or lost) are never counted
     */
    public WorkTransaction(Producer<String, byte[]> producer, LongConsumer committedArticles) {
        this.producer = producer;
        this.committedArticles = committedArticles;
        producer.initTransactions();
        producer.beginTransaction();
    }

    /**
     * Sends {@code records} in the open transaction, all in the same one.
     *
     * @throws WorkSessionLostException when the producer cannot take them (fenced, closed, the broker gone)
     */
    public void emit(List<Outgoing> records) {
        emit(records, () -> { });
    }

    /**
     * Sends {@code records} in the open transaction, all in the same one, then runs {@code sent} before that
     * transaction can commit: what {@code sent} records locally is in place when the commit's {@code beforeCommit}
     * runs.
     *
     * @throws WorkSessionLostException when the producer cannot take them (fenced, closed, the broker gone)
     */
    public void emit(List<Outgoing> records, Runnable sent) {
        lock.readLock().lock();
        try {
            for (Outgoing r : records) {
                producer.send(r.record(), (md, e) -> {
                    if (md != null && md.hasOffset()) {
                        lastOffsets.merge(new TopicPartition(md.topic(), md.partition()), md.offset(), Math::max);
                    }
                });
            }
            dirty = true;
            sent.run();
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Like {@link #emit}, for the records of one article publication: counted as published once committed. */
    public void emitPublication(List<Outgoing> records) {
        emitPublication(records, () -> { });
    }

    /** Like {@link #emit(List, Runnable)}, for the records of one article publication: counted once committed. */
    public void emitPublication(List<Outgoing> records, Runnable sent) {
        emitPublication(records, sent, latency -> { });
    }

    /**
     * Like {@link #emitPublication(List, Runnable)}; {@code visible} is told, on the committing thread, the time from
     * this send to the commit that made the records visible to readers. Never told when the transaction is aborted or lost.
     */
    public void emitPublication(List<Outgoing> records, Runnable sent, Consumer<Duration> visible) {
        lock.readLock().lock();
        try {
            long sentAt = System.nanoTime();
            emit(records, sent);
            openArticles.incrementAndGet();
            awaitingCommit.add(new Sent(sentAt, visible));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A publication of the open transaction: when it was sent and whom to tell when it is committed. */
    private record Sent(long nanoTime, Consumer<Duration> visible) {
    }

    /** Commits what was emitted, without consumer offsets, and begins the next transaction. */
    public Committed commit() {
        try {
            return commit(Map::of, null, () -> { });
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        }
    }

    /**
     * Commits what was emitted together with the consumer's {@code offsets} (computed under the lock, so that
     * they cover only URLs whose records are in this transaction), and begins the next transaction. {@code beforeCommit}
     * runs first, under the lock: no emit is under way, so it sees the local effects of exactly the records in this
     * transaction (and of earlier ones).
     * A {@link KafkaException} means the transaction is lost (fenced by a rebalance, or the broker gone): the caller
     * must restart from the committed state.
     */
    Committed commit(Supplier<Map<TopicPartition, OffsetAndMetadata>> offsets, ConsumerGroupMetadata group, Runnable beforeCommit) {
        lock.writeLock().lock();
        try {
            beforeCommit.run();
            Map<TopicPartition, OffsetAndMetadata> o = offsets.get();
            if (!dirty && o.isEmpty()) {
                return Committed.NOTHING;
            }
            if (!o.isEmpty()) {
                producer.sendOffsetsToTransaction(o, group);
            }
            producer.commitTransaction(); // flushes: every send's callback has run
            dirty = false;
            long committedAt = System.nanoTime();
            committedArticles.accept(openArticles.getAndSet(0));
            Map<String, Map<Integer, Long>> next = new HashMap<>();
            lastOffsets.forEach((tp, last) -> next.computeIfAbsent(tp.topic(), t -> new HashMap<>()).put(tp.partition(), last + 1));
            lastOffsets.clear();
            List<Sent> committed = new ArrayList<>(awaitingCommit);
            awaitingCommit.clear(); // under the write lock: no publication is being added
            producer.beginTransaction();
            committed.forEach(sent -> sent.visible().accept(Duration.ofNanos(committedAt - sent.nanoTime())));
            next.replaceAll((t, m) -> Map.copyOf(m));
            return new Committed(Map.copyOf(next));
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5)); // an open transaction is aborted by the broker
    }
}
