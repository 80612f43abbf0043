package io.newsline.crawler.run;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what a run did, per host, per {@link SkipReason} and per {@link ErrorKind}; the source of the end-of-run summary. Thread-safe. */
public final class RunStats implements CrawlListener {

    /** Counters of one host. */
    public static final class HostStats {
        public final AtomicLong discovered = new AtomicLong();
        public final AtomicLong fetched = new AtomicLong();
        public final AtomicLong notModified = new AtomicLong();
        public final AtomicLong published = new AtomicLong();
        public final AtomicLong newVersions = new AtomicLong();
        public final AtomicLong unchanged = new AtomicLong();
        public final AtomicLong skipped = new AtomicLong();
        public final AtomicLong robotsDenied = new AtomicLong();
        public final AtomicLong backoffs = new AtomicLong();
        public final AtomicLong deadLettered = new AtomicLong();
        public final AtomicLong errors = new AtomicLong();
        volatile String parkedReason;

        public String parkedReason() {
            return parkedReason;
        }
    }

    /**
     * How many events of one kind a run had, and the messages of the first {@link #EXAMPLES} of them (fewer when some
     * came without one), so an operator sees which URLs a kind of failure hit, not only that it happened.
     */
    public record Tally(long count, java.util.List<String> examples) {
        /** How many messages a kind keeps. */
        public static final int EXAMPLES = 5;

        public Tally {
            examples = java.util.List.copyOf(examples);
        }
    }

    private final Map<String, HostStats> hosts = new ConcurrentSkipListMap<>();
    private final KindCounts<SkipReason> skips = new KindCounts<>(SkipReason.class);
    private final KindCounts<ErrorKind> errors = new KindCounts<>(ErrorKind.class);

    public HostStats host(String host) {
        return hosts.computeIfAbsent(host == null ? "?" : host, h -> new HostStats());
    }

    public Map<String, HostStats> hosts() {
        return hosts;
    }

    /** The skips so far by reason, in {@link SkipReason} order; reasons not met are left out. */
    public Map<SkipReason, Tally> skipsByReason() {
        return skips.snapshot();
    }

    /** The errors so far by kind, in {@link ErrorKind} order; kinds not met are left out. */
    public Map<ErrorKind, Tally> errorsByKind() {
        return errors.snapshot();
    }

    /** Pages skipped for {@code reason} so far. */
    public long skipped(SkipReason reason) {
        return skips.count(reason);
    }

    /** Errors of {@code kind} reported so far. */
    public long errors(ErrorKind kind) {
        return errors.count(kind);
    }

    public long total(java.util.function.Function<HostStats, AtomicLong> counter) {
        return hosts.values().stream().mapToLong(h -> counter.apply(h).get()).sum();
    }

    @Override
    public void discovered(String host, String url) {
        host(host).discovered.incrementAndGet();
    }

    @Override
    public void fetched(String host, String url, int status, Duration elapsed) {
        host(host).fetched.incrementAndGet();
    }

    @Override
    public void notModified(String host, String url) {
        host(host).notModified.incrementAndGet();
    }

    @Override
    public void published(String host, String articleId, int version, String url) {
        HostStats s = host(host);
        s.published.incrementAndGet();
        if (version > 1) {
            s.newVersions.incrementAndGet();
        }
    }

    @Override
    public void unchanged(String host, String url) {
        host(host).unchanged.incrementAndGet();
    }

    @Override
    public void skipped(String host, String url, SkipReason reason, String detail) {
        HostStats s = host(host);
        s.skipped.incrementAndGet();
        if (reason == SkipReason.ROBOTS_DISALLOWED) {
            s.robotsDenied.incrementAndGet();
        }
        skips.add(reason, detail);
    }

    @Override
    public void backedOff(String host, Duration wait, String reason) {
        host(host).backoffs.incrementAndGet();
    }

    @Override
    public void parked(String host, String reason) {
        host(host).parkedReason = reason;
    }

    @Override
    public void deadLettered(String host, String url, String reason) {
        host(host).deadLettered.incrementAndGet();
    }

    @Override
    public void error(String host, String url, ErrorKind kind, String message) {
        host(host).errors.incrementAndGet();
        errors.add(kind, message);
    }
}
