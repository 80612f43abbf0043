package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows a run's progress: on a terminal, one line rewritten in place (hosts, queued, fetched, published,
 * errors, rate); otherwise a plain log line every ten seconds. Errors, backoffs and parked hosts are always
 * printed as lines of their own, on stderr.
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

    /** Ends the progress line before the summary is printed. */
    synchronized void finish() {
        if (lineOpen) {
            err.print("\r\033[K");
            err.flush();
            lineOpen = false;
        }
    }

    @Override
    public void info(String message) {
        line("newsline: " + message, false);
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
        line("newsline: backing off " + host + " for " + human(wait) + ": " + reason, false);
    }

    @Override
    public void parked(String host, String reason) {
        line("newsline: parked " + host + " for the rest of this run: " + reason, false);
    }

    @Override
    public void deadLettered(String host, String url, String reason) {
        line("newsline: dead-lettered " + url + ": " + reason, false);
    }

    @Override
    public void error(String host, String url, String message) {
        errors.incrementAndGet();
        line("newsline: error: " + message, true);
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

    /** Prints {@code text} on a line of its own; with --quiet only when {@code evenWhenQuiet} (errors). */
    private synchronized void line(String text, boolean evenWhenQuiet) {
        if (quiet && !evenWhenQuiet) {
            return;
        }
        if (lineOpen) {
            err.print("\r\033[K");
            lineOpen = false;
        }
        err.println(text);
        err.flush();
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : ms < 120_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0)
                : String.format(Locale.ROOT, "%.1f min", ms / 60_000.0);
    }
}
