package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.ErrorKind;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows a run's progress: on a terminal, one line rewritten in place (hosts, queued, fetched, published,
 * errors, rate); otherwise a plain line every ten seconds, on stderr. Messages about the run (errors, backoffs,
 * parked hosts, run information) are not printed here: they are logged through SLF4J by {@code LogListener}.
 */
final class ProgressReporter implements CrawlListener {
    private static final long TERMINAL_EVERY_MS = 250;
    private static final long LOG_EVERY_MS = 10_000;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final Set<String> hosts = ConcurrentHashMap.newKeySet();
    private final AtomicLong discovered = new AtomicLong();
    private final AtomicLong fetched = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile long started = System.nanoTime();
    private volatile long lastPrint;
    private volatile boolean lineOpen;

    ProgressReporter(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Resets the counters for a new run and returns this listener. */
    CrawlListener forRun() {
        hosts.clear();
        discovered.set(0);
        fetched.set(0);
        published.set(0);
        errors.set(0);
        started = System.nanoTime();
        return this;
    }

    /**
     * Ends the progress line on a terminal: before the summary is printed, and before a log line comes (the events
     * that log, see {@code LogListener}, told after this listener, would otherwise be written into the middle of it;
     * the next tick draws it again).
     */
    synchronized void finish() {
        if (lineOpen) {
            err.print("\r\033[K");
            err.flush();
            lineOpen = false;
        }
    }

    @Override
    public void info(String message) {
        finish();
    }

    @Override
    public void discovered(String host, String url) {
        hosts.add(host);
        discovered.incrementAndGet();
        tick();
    }

    @Override
    public void fetched(String host, String url, int status, Duration elapsed) {
        hosts.add(host);
        fetched.incrementAndGet();
        tick();
    }

    @Override
    public void published(String host, String articleId, int version, String url) {
        published.incrementAndGet();
        tick();
    }

    @Override
    public void backedOff(String host, Duration wait, String reason) {
        finish();
    }

    @Override
    public void parked(String host, String reason) {
        finish();
    }

    @Override
    public void deadLettered(String host, String url, String reason) {
        finish();
    }

    @Override
    public void error(String host, String url, ErrorKind kind, String message) {
        errors.incrementAndGet();
        finish();
    }

    private void tick() {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        long every = terminal ? TERMINAL_EVERY_MS : LOG_EVERY_MS;
        if ((now - lastPrint) / 1_000_000 < every) {
            return;
        }
        synchronized (this) {
            lastPrint = now;
            String status = status();
            if (terminal) {
                err.print("\r\033[K" + status);
                lineOpen = true;
            } else {
                err.println("newsline: " + status);
            }
            err.flush();
        }
    }

    private String status() {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "%d hosts, %d queued, %d fetched, %d published, %d errors, %.1f pages/s",
                hosts.size(), Math.max(0, discovered.get() - fetched.get()), fetched.get(), published.get(), errors.get(),
                fetched.get() / seconds);
    }
}
