package io.newsline.crawler.politeness;

import io.newsline.parser.profile.SiteProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Runs fetch tasks for many hosts in parallel on a bounded pool of worker threads, giving each host its turn only
 * when politeness allows: robots.txt permits the URL, at least the host's delay has passed since its last request
 * (the profile's {@code politeness.delay}, or robots Crawl-delay when larger), no more than
 * {@code politeness.connections} requests run at once, and any backoff is over. A slow host holds at most its own
 * connections' worth of workers, so other hosts go on.
 *
 * <p>The task fetches and reports {@link HostFeedback}; the scheduler then honours Retry-After (capped by
 * {@code backoffMax}) or backs off exponentially with jitter, re-queues the URL (at most {@code maxAttempts} runs),
 * and parks a host after {@code maxFailures} consecutive failures. robots.txt is fetched through the
 * {@link RobotsCache} on the host's first turn, which counts as a request to the host. Events go to the
 * {@link PolitenessListener}.
 */
public final class PoliteScheduler implements AutoCloseable {

    /** Fetches one URL when its host's turn has come, and says how the host behaved. */
    @FunctionalInterface
    public interface Task {
        HostFeedback run(String url);
    }

    /** A queued URL; {@code queuedAt}: when it was queued (or queued again after a failure). */
    record Item(String url, Task task, int attempt, Instant queuedAt) {
    }

    private final Function<String, SiteProfile> profileForHost;
    private final RobotsGate gate;
    private final PolitenessListener listener;
    private final int threads;
    private final int maxAttempts;
    private final Clock clock;
    private final DoubleSupplier random;
    private final HostTurns turns;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
    private final ExecutorService workers;
    private final Thread dispatcher;
    private int busy;
    private int passes;
    private boolean closing;
    private boolean stopped;
    private Error failure;

    private PoliteScheduler(Builder b) {
        this.profileForHost = Objects.requireNonNull(b.profileForHost, "profileForHost");
        this.gate = new RobotsGate(b.robots);
        this.listener = b.listener;
        this.threads = b.threads;
        this.maxAttempts = b.maxAttempts;
        this.clock = b.clock;
        this.random = b.random;
        this.turns = b.turns;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsline-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.dispatcher = new Thread(this::dispatchLoop, "newsline-scheduler");
        this.dispatcher.setDaemon(true);
        this.dispatcher.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Queues {@code url}; {@code task.run(url)} is called on a worker when its host's turn comes. A URL of a parked
     * host, an unparsable URL, or one submitted during shutdown is {@link PolitenessListener#dropped dropped}.
     */
    public void submit(String url, Task task) {
        Objects.requireNonNull(task, "task");
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            listener.dropped(url, "not an absolute http(s) URL");
            return;
        }
        String host = parsed.host().toLowerCase(Locale.ROOT);
        String dropReason = null;
        lock.lock();
        try {
            if (closing) {
                dropReason = "the run is shutting down";
            } else {
                HostQueue queue = hosts.computeIfAbsent(host, this::newQueue);
                if (queue.isParked()) {
                    dropReason = queue.parkedReason;
                } else {
                    queue.pending.addLast(new Item(url, task, 1, clock.instant()));
                    changed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        if (dropReason != null) {
            listener.dropped(url, dropReason);
        }
    }

    /** Waits until nothing is queued or running; false when {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!isIdle()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking work: queued URLs are dropped (reported), running tasks finish. Returns false when they did not
     * finish within {@code timeout}.
     */
    public boolean shutdownGracefully(Duration timeout) throws InterruptedException {
        List<Item> dropped = new ArrayList<>();
        lock.lock();
        try {
            closing = true;
            for (HostQueue q : hosts.values()) {
                dropped.addAll(q.drain());
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        dropped.forEach(item -> listener.dropped(item.url(), "the run is shutting down"));
        boolean finished = awaitIdle(timeout);
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        workers.shutdown();
        return finished && workers.awaitTermination(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Same as {@link #shutdownGracefully} with 60 s for running tasks; an interrupt is passed on, not thrown. */
    @Override
    public void close() {
        try {
            shutdownGracefully(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HostQueue newQueue(String host) {
        SiteProfile profile = profileForHost.apply(host);
        HostQueue q = new HostQueue(host, profile.name(), profile.politeness());
        q.notBefore(turns.nextAllowed(host, q.delay)); // an earlier scheduler or process may have asked the host lately
        return q;
    }

    private boolean isIdle() {
        if (busy > 0) {
            return false;
        }
        return hosts.values().stream().noneMatch(HostQueue::hasWork);
    }

    private void dispatchLoop() {
        lock.lock();
        try {
            while (!stopped) {
                Instant now = clock.instant();
                Duration wait = Duration.ofSeconds(1);
                // Start each pass at another host so that, when workers are scarce, no host is always served first.
                List<HostQueue> order = new ArrayList<>(hosts.values());
                if (!order.isEmpty()) {
                    java.util.Collections.rotate(order, -(passes++ % order.size()));
                }
                for (HostQueue q : order) {
                    if (busy >= threads) {
                        break;
                    }
                    if (q.canStart(now)) {
                        start(q, q.pending.pollFirst(), now);
                    } else if (q.hasWork() && q.nextAllowedAt.isAfter(now)) {
                        Duration untilTurn = Duration.between(now, q.nextAllowedAt);
                        wait = untilTurn.compareTo(wait) < 0 ? untilTurn : wait;
                    }
                }
                changed.awaitNanos(Math.max(1_000_000L, wait.toNanos()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void start(HostQueue q, Item item, Instant now) {
        q.inFlight++;
        busy++;
        Instant turnBefore = q.nextAllowedAt;
        // Start-to-start gap for hosts allowing several connections; for one connection the end-to-start gap set
        // on completion is the larger one.
        q.notBefore(now.plus(q.delay));
        Instant turnTaken = q.nextAllowedAt;
        workers.execute(() -> run(q, item, turnBefore, turnTaken));
    }

    /** Runs on a worker thread, outside the lock. */
    private void run(HostQueue q, Item item, Instant turnBefore, Instant turnTaken) {
        Step step;
        HostFeedback feedback = null;
        RuntimeException failure = null;
        Error fatal = null;
        try {
            turns.asked(q.host, clock.instant()); // before robots.txt or the page is asked for
            step = robotsStep(q, item);
            if (step == Step.PROCEED) {
                listener.waitedForTurn(item.url(), waitedForTurn(item, turnBefore));
                feedback = item.task().run(item.url());
            }
            if (step != Step.SKIPPED) {
                turns.asked(q.host, clock.instant()); // its end: the next process's first request waits from here
            }
        } catch (RuntimeException e) {
            step = Step.PROCEED;
            failure = e;
            feedback = HostFeedback.noRetry("task failed on " + item.url() + ": " + e);
        } catch (Error e) {
            // Not swallowed: the scheduler stops, and the owner learns it through the listener and failure().
            step = Step.PROCEED;
            fatal = e;
            feedback = HostFeedback.noRetry("task died on " + item.url() + ": " + e);
        }
        try {
            if (failure != null) {
                listener.taskFailed(item.url(), failure);
            }
            if (fatal != null) {
                stopAfter(item.url(), fatal);
            }
        } finally {
            if (step == Step.PROCEED) {
                finish(q, item, feedback == null ? HostFeedback.noRetry("task returned no feedback for " + item.url()) : feedback);
            } else {
                finishWithoutTask(q, step, turnBefore, turnTaken);
            }
        }
    }

    /**
     * How long {@code item} waited for its host's turn: from when it was queued until the host allowed its request
     * ({@code turnBefore}), not counting any wait for a free worker after that.
     */
    private static Duration waitedForTurn(Item item, Instant turnBefore) {
        return turnBefore.isAfter(item.queuedAt()) ? Duration.between(item.queuedAt(), turnBefore) : Duration.ZERO;
    }

    /**
     * After an Error in a task nothing more is started: the JVM may be out of memory, and a run that goes on with
     * dead workers would sit idle. Queued URLs are dropped; running tasks finish.
     */
    private void stopAfter(String url, Error error) {
        List<Item> dropped = new ArrayList<>();
        lock.lock();
        try {
            if (failure == null) {
                failure = error;
            }
            closing = true;
            for (HostQueue other : hosts.values()) {
                dropped.addAll(other.drain());
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        listener.fatal(url, error);
        dropped.forEach(i -> listener.dropped(i.url(), "the run stopped after a fatal error: " + error));
    }

    /** The first {@link Error} a task threw, after which the scheduler took no more work; empty if none. */
    public Optional<Error> failure() {
        lock.lock();
        try {
            return Optional.ofNullable(failure);
        } finally {
            lock.unlock();
        }
    }

    private enum Step { PROCEED, ROBOTS_FETCHED, SKIPPED }

    private Step robotsStep(HostQueue q, Item item) {
        RobotsGate.Decision decision = gate.decide(item.url(), q);
        switch (decision.kind()) {
            case DEFERRED:
                deferHost(q, decision.reason());
                listener.dropped(item.url(), decision.reason());
                break;
            case BLOCKED:
                blockHost(q, decision.reason(), item);
                break;
            case CRAWL_DELAY_TOO_LONG:
                park(q, decision.reason(), item);
                break;
            default:
                clearDeferred(q);
                setDelay(q, decision.crawlDelay());
                if (decision.fetchedRobots()) {
                    // robots.txt used this turn: the URL waits for the host's next one.
                    requeueFront(q, item);
                    return Step.ROBOTS_FETCHED;
                }
                if (decision.kind() == RobotsGate.Kind.DENIED) {
                    listener.robotsDenied(item.url());
                    return Step.SKIPPED;
                }
                return Step.PROCEED;
        }
        return decision.fetchedRobots() ? Step.ROBOTS_FETCHED : Step.SKIPPED;
    }

    private void finishWithoutTask(HostQueue q, Step step, Instant turnBefore, Instant turnTaken) {
        lock.lock();
        try {
            q.inFlight--;
            if (step == Step.ROBOTS_FETCHED) {
                q.notBefore(clock.instant().plus(q.delay));
                turns.notBefore(q.host, q.nextAllowedAt);
            } else {
                // Nothing was sent to the host: give back the turn taken at start, unless another start moved it since.
                if (q.nextAllowedAt.equals(turnTaken)) {
                    q.nextAllowedAt = turnBefore;
                }
            }
        } finally {
            lock.unlock();
        }
        releaseWorker();
    }

    /**
     * Frees the worker slot taken in {@link #start}. Called after the item's listener events were delivered, so that
     * {@link #awaitIdle} returning means every event of the finished work has been seen.
     */
    private void releaseWorker() {
        lock.lock();
        try {
            busy--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void finish(HostQueue q, Item item, HostFeedback feedback) {
        HostQueue.Reaction reaction;
        lock.lock();
        try {
            q.inFlight--;
            reaction = q.afterFeedback(item, feedback, clock.instant(), random, maxAttempts, closing);
            turns.notBefore(q.host, q.nextAllowedAt);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            reaction.report(q.host, listener);
        } finally {
            releaseWorker();
        }
    }

    private void park(HostQueue q, String reason, Item current) {
        HostQueue.Reaction reaction;
        lock.lock();
        try {
            reaction = q.park(reason, current);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        reaction.report(q.host, listener);
    }

    private void deferHost(HostQueue q, String reason) {
        List<Item> dropped;
        boolean notify;
        lock.lock();
        try {
            dropped = q.drain();
            notify = !q.deferNotified;
            q.deferNotified = true;
        } finally {
            lock.unlock();
        }
        if (notify) {
            listener.deferred(q.host, reason);
        }
        dropped.forEach(i -> listener.dropped(i.url(), reason));
    }

    /** Drops the host's queued URLs: every one of them is on the refused address too. */
    private void blockHost(HostQueue q, String reason, Item current) {
        List<Item> dropped;
        lock.lock();
        try {
            dropped = q.drain();
        } finally {
            lock.unlock();
        }
        listener.addressBlocked(current.url(), reason);
        dropped.forEach(i -> listener.addressBlocked(i.url(), reason));
    }

    private void clearDeferred(HostQueue q) {
        lock.lock();
        try {
            q.deferNotified = false;
        } finally {
            lock.unlock();
        }
    }

    private void setDelay(HostQueue q, Optional<Duration> crawlDelay) {
        lock.lock();
        try {
            q.useCrawlDelay(crawlDelay);
        } finally {
            lock.unlock();
        }
    }

    private void requeueFront(HostQueue q, Item item) {
        lock.lock();
        try {
            if (!closing) {
                q.pending.addFirst(item);
            }
        } finally {
            lock.unlock();
        }
        if (closing) {
            listener.dropped(item.url(), "the run is shutting down");
        }
    }

    /** Settings of a {@link PoliteScheduler}; only {@link #profiles} is required. */
    public static final class Builder {
        private Function<String, SiteProfile> profileForHost;
        private RobotsCache robots;
        private PolitenessListener listener = PolitenessListener.NONE;
        private int threads = 8;
        private int maxAttempts = 3;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private HostTurns turns = new HostTurns();

        /** The profile (and so the politeness) of a host, e.g. {@code siteProfiles::forHost}. */
        public Builder profiles(Function<String, SiteProfile> profileForHost) {
            this.profileForHost = profileForHost;
            return this;
        }

        /** robots.txt to obey; without one no robots checks are made (tests, or a deliberate override). */
        public Builder robots(RobotsCache cache) {
            this.robots = cache;
            return this;
        }

        public Builder listener(PolitenessListener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /** Worker threads, i.e. requests in flight across all hosts (default 8). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + n);
            }
            this.threads = n;
            return this;
        }

        /** Runs of one URL at most, first one included (default 3). */
        public Builder maxAttempts(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, got " + n);
            }
            this.maxAttempts = n;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Source of backoff jitter in [0, 1). */
        public Builder jitter(DoubleSupplier r) {
            this.random = Objects.requireNonNull(r, "jitter");
            return this;
        }

        /**
         * When hosts may next be asked, shared with the schedulers of earlier and later runs of the process, so the
         * delay holds from one run's last request to the next run's first (default: a fresh one of its own).
         */
        public Builder turns(HostTurns t) {
            this.turns = Objects.requireNonNull(t, "turns");
            return this;
        }

        public PoliteScheduler build() {
            return new PoliteScheduler(this);
        }
    }
}
