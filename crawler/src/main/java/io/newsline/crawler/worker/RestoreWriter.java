package io.newsline.crawler.worker;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writer thread of a restore: applies the writes handed to it, in the order handed, while the consumer polls the
 * next batch. The hand-off is bounded ({@code capacity} writes waiting), so the consumer runs at most that far
 * ahead of the disk; the first failure of a write stops the writer and is thrown to the consumer at its next
 * hand-off or at {@link #finish()}, which waits until every write handed over is done.
 */
final class RestoreWriter implements AutoCloseable {
    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> queue;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread thread;

    RestoreWriter(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands {@code write} to the writer, waiting while {@code capacity} writes are already waiting. */
    void submit(Runnable write) {
        rethrow();
        try {
            while (!queue.offer(write, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow(); // the writer stopped on a failure: nothing takes from the queue any more
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing a restore write over", e);
        }
    }

    /** Waits until every write handed over is done; throws the first failure of one. */
    void finish() {
        submit(END);
        join();
        rethrow();
    }

    /** Stops the writer after the writes handed over (or at once, after a failure), without throwing. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            queue.clear();
            if (!queue.offer(END)) {
                thread.interrupt();
            }
            join();
        }
    }

    private void run() {
        try {
            for (Runnable r = queue.take(); r != END; r = queue.take()) {
                r.run();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new IllegalStateException("the restore's writer was interrupted", e));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the restore's writes", e);
        }
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("a write of the state restore failed: " + e.getMessage(), e);
        }
    }
}
