package io.newsline.crawler.run;

import io.newsline.crawler.politeness.PolitenessListener;
import io.newsline.crawler.state.StateStoreException;
import io.newsline.parser.profile.SiteProfile;
import java.time.Duration;

/** Turns the scheduler's politeness events into crawl events. */
public class PolitenessEvents implements PolitenessListener {
    private final CrawlListener listener;

    public PolitenessEvents(CrawlListener listener) {
        this.listener = listener;
    }

    @Override
    public void backedOff(String host, Duration wait) {
        listener.backedOff(host, wait, "server asked to slow down or failed");
    }

    @Override
    public void waitedForTurn(String url, Duration waited) {
        listener.waitedForTurn(host(url), url, waited);
    }

    @Override
    public void parked(String host, String reason) {
        listener.parked(host, reason);
    }

    @Override
    public void robotsDenied(String url) {
        listener.skipped(host(url), url, SkipReason.ROBOTS_DISALLOWED, "");
    }

    @Override
    public void deferred(String host, String reason) {
        // a host we could not even ask is a failure of this run, not a page skipped on purpose
        listener.error(host, host + "/robots.txt", ErrorKind.ROBOTS_UNAVAILABLE, "host deferred, robots.txt unavailable: " + reason);
    }

    @Override
    public void addressBlocked(String url, String reason) {
        listener.skipped(host(url), url, SkipReason.PRIVATE_ADDRESS, reason);
    }

    @Override
    public void taskFailed(String url, RuntimeException error) {
        if (error instanceof StateStoreException) {
            // its message names the state file and the way out
            listener.error(host(url), url, ErrorKind.STATE_STORE, error.getMessage());
        } else {
            listener.error(host(url), url, ErrorKind.TASK_FAILED, "the work on " + url + " failed: " + describe(error));
        }
    }

    @Override
    public void fatal(String url, Error error) {
        listener.error(host(url), url, ErrorKind.FATAL, describe(error) + " while working on " + url
                + "; the run stopped taking work" + (error instanceof OutOfMemoryError
                ? " (give the JVM more heap, e.g. java -Xmx1g, or crawl fewer sites per process)" : ""));
    }

    @Override
    public void dropped(String url, String reason) {
        listener.skipped(host(url), url, SkipReason.NOT_FETCHED, reason);
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String host(String url) {
        return SiteProfile.hostOf(url).orElse("?");
    }
}
