package io.newsline.crawler.observe;

import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.ErrorKind;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsline's own messages about a run, for {@code crawl}, {@code worker} and {@code replay}, through SLF4J (logger
 * {@code io.newsline.run}): run information, backoffs, parked hosts and dead letters at INFO, errors at WARN with
 * their kind. Levels and format follow the
 * logback configuration, {@code --log-level} and {@code --log-format}.
 */
public final class LogListener implements CrawlListener {
    private static final Logger LOG = LoggerFactory.getLogger("io.newsline.run");

    @Override
    public void info(String message) {
        LOG.info("{}", message);
    }

    @Override
    public void backedOff(String host, Duration wait, String reason) {
        LOG.info("backing off {} for {}: {}", host, human(wait), reason);
    }

    @Override
    public void parked(String host, String reason) {
        LOG.info("parked {} for the rest of this run: {}", host, reason);
    }

    @Override
    public void deadLettered(String host, String url, String reason) {
        LOG.info("dead-lettered {}: {}", url, reason);
    }

    @Override
    public void error(String host, String url, ErrorKind kind, String message) {
        LOG.warn("error ({}) {}: {}", kind.label(), url, message);
    }

    /** A wait as people read it: 800 ms, 1.5 s, 2.0 min. */
    static String human(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : ms < 120_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000.0)
                : String.format(Locale.ROOT, "%.1f min", ms / 60_000.0);
    }
}
