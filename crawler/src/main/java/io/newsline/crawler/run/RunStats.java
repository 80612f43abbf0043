package io.newsline.crawler.run;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what a run did, per host and per skip reason; the source of the end-of-run summary. Thread-safe. */
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

    private final Map<String, HostStats> hosts = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicLong> skipReasons = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
    private final Map<ErrorKind, AtomicLong> errorsByKind = new java.util.EnumMap<>(ErrorKind.class);

    public RunStats() {
        for (ErrorKind k : ErrorKind.values()) {
            errorsByKind.put(k, new AtomicLong());
        }
    }

    public HostStats host(String host) {
        return hosts.computeIfAbsent(host == null ? "?" : host, h -> new HostStats());
    }

    public Map<String, HostStats> hosts() {
        return hosts;
    }

    public Map<String, Long> skipReasons() {
        return snapshot(skipReasons);
    }

    public Map<String, Long> errorKinds() {
        return snapshot(errorKinds);
    }

    /** Errors of {@code kind} reported so far. */
    public long errors(ErrorKind kind) {
        return errorsByKind.get(kind).get();
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
    public void skipped(String host, String url, String reason) {
        HostStats s = host(host);
        s.skipped.incrementAndGet();
        if (reason.startsWith("robots")) {
            s.robotsDenied.incrementAndGet();
        }
        skipReasons.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
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
    public void error(String host, String url, String message) {
        error(host, url, ErrorKind.OTHER, message);
    }

    @Override
    public void error(String host, String url, ErrorKind kind, String message) {
        host(host).errors.incrementAndGet();
        errorsByKind.get(kind).incrementAndGet();
        String line = message.length() > 80 ? message.substring(0, 80) : message;
        errorKinds.computeIfAbsent(line, k -> new AtomicLong()).incrementAndGet();
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
