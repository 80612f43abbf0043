package io.newsline.publisher.work;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
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
    private final Queue<Sent> awaitingCommit = new ConcurrentLinkedQueue<>();
    private volatile boolean dirty;

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
        lock.readLock().lock();
        try {
            for (Outgoing r : records) {
                producer.send(r.record());
            }
            dirty = true;
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Like {@link #emit}, for the records of one article publication: counted as published once committed. */
    public void emitPublication(List<Outgoing> records) {
        emitPublication(records, latency -> { });
    }

    /**
     * Like {@link #emitPublication(List)}; {@code visible} is told, on the committing thread, the time from this send
     * to the commit that made the records visible to readers. Never told when the transaction is aborted or lost.
     */
    public void emitPublication(List<Outgoing> records, Consumer<Duration> visible) {
        lock.readLock().lock();
        try {
            long sentAt = System.nanoTime();
            emit(records);
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
    public void commit() {
        try {
            commit(Map::of, null);
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        }
    }

    /**
     * Commits what was emitted together with the consumer's {@code offsets} (computed under the lock, so that
     * they cover only URLs whose records are in this transaction), and begins the next transaction. Returns the offsets committed.
     * A {@link KafkaException} means the transaction is lost (fenced by a rebalance, or the broker gone): the caller
     * must restart from the committed state.
     */
    Map<TopicPartition, OffsetAndMetadata> commit(java.util.function.Supplier<Map<TopicPartition, OffsetAndMetadata>> offsets, ConsumerGroupMetadata group) {
        lock.writeLock().lock();
        try {
            Map<TopicPartition, OffsetAndMetadata> o = offsets.get();
            if (!dirty && o.isEmpty()) {
                return o;
            }
            if (!o.isEmpty()) {
                producer.sendOffsetsToTransaction(o, group);
            }
            producer.commitTransaction();
            dirty = false;
            long committedAt = System.nanoTime();
            committedArticles.accept(openArticles.getAndSet(0));
            List<Sent> committed = new ArrayList<>(awaitingCommit);
            awaitingCommit.clear(); // under the write lock: no publication is being added
            producer.beginTransaction();
            committed.forEach(sent -> sent.visible().accept(Duration.ofNanos(committedAt - sent.nanoTime())));
            return o;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5)); // an open transaction is aborted by the broker
    }
}
