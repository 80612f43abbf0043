package io.newsline.crawler.extract;

import io.newsline.parser.ArticleParser;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.ExtractionInterrupted;
import io.newsline.parser.profile.SiteProfile;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@link ArticleParser} with a time limit per page. A watchdog interrupts the parsing thread once the page's
 * limit passes; the parser then stops inside the site-file regular expression that was running (or at its next
 * stage), and the page becomes a {@link ParseResult.Failed} whose reason names the limit and the expression. The
 * thread's interrupt flag is cleared before {@link #parse} returns, so the worker goes on to its next page, and a
 * watchdog never interrupts a thread after its page finished. Thread-safe.
 */
public final class TimeLimitedParser {
    /** One daemon thread for every parser: it only wakes to interrupt a page that overran, then sleeps again. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final ArticleParser parser;
    private final PageTimeLimit limit;

    public TimeLimitedParser(ArticleParser parser, PageTimeLimit limit) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** The standard parser with {@code limit}. */
    public TimeLimitedParser(PageTimeLimit limit) {
        this(new ArticleParser(), limit);
    }

    public PageTimeLimit limit() {
        return limit;
    }

    /**
     * {@link ArticleParser#parse}, or {@code Failed} when the page's extraction took longer than the limit.
     *
     * @throws ExtractionInterrupted when another party interrupted the thread (its interrupt flag stays set)
     */
    public ParseResult parse(Page page, SiteProfile profile) {
        Watch watch = new Watch(Thread.currentThread());
        ScheduledFuture<?> alarm = WATCHDOG.schedule(watch, limit.perPage().toNanos(), TimeUnit.NANOSECONDS);
        ParseResult result = null;
        ExtractionInterrupted stopped = null;
        boolean overran;
        try {
            result = parser.parse(page, profile);
        } catch (ExtractionInterrupted e) {
            stopped = e;
        } finally {
            overran = watch.finish();
            alarm.cancel(false);
            if (overran) {
                Thread.interrupted(); // the watchdog's interrupt was for this page only
            }
        }
        if (stopped == null) {
            return result; // finished, even if just past the limit: the work is done, keep it
        }
        if (!overran) {
            throw stopped; // someone else wants this thread to stop; not the page's fault
        }
        return new ParseResult.Failed(page.url(), "extraction took longer than " + limit + "; " + stopped.culprit(), stopped);
    }

    /**
     * One page's watch. Firing and finishing exclude each other, so once {@link #finish} returns the interrupt
     * either was delivered (and the caller clears it) or will never be.
     */
    private static final class Watch implements Runnable {
        private final Thread worker;
        private boolean finished;
        private boolean fired;

        Watch(Thread worker) {
            this.worker = worker;
        }

        @Override
        public synchronized void run() {
            if (!finished) {
                fired = true;
                worker.interrupt();
            }
        }

        /** Ends the watch; true when it had fired. */
        synchronized boolean finish() {
            finished = true;
            return fired;
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "newsline-extraction-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true); // a finished page's alarm leaves the queue at once
        executor.setKeepAliveTime(30, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
