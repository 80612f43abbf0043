package io.newsline.parser.profile;

import java.time.Duration;

/**
 * How politely a site is crawled. Defaults are what a careful operator would choose.
 *
 * @param delay          minimum gap between two requests to one host (default 1 s); robots.txt Crawl-delay wins when larger
 * @param maxCrawlDelay  a robots Crawl-delay above this skips the host with a message (default 60 s)
 * @param connections    concurrent connections per host (default 1)
 * @param maxFailures    consecutive failures (429/503/5xx/timeouts) after which the host is parked for the run (default 5)
 * @param backoffBase    first backoff when no Retry-After is given (default 2 s), doubled per failure with jitter
 * @param backoffMax     cap of one backoff, and of an honoured Retry-After (default 5 min)
 * @param robotsTtl      how long a fetched robots.txt is trusted (default 1 h)
 */
public record Politeness(
        Duration delay,
        Duration maxCrawlDelay,
        Integer connections,
        Integer maxFailures,
        Duration backoffBase,
        Duration backoffMax,
        Duration robotsTtl) {

    public static final Politeness DEFAULT = new Politeness(null, null, null, null, null, null, null);

    public Politeness {
        delay = delay == null ? Duration.ofSeconds(1) : delay;
        maxCrawlDelay = maxCrawlDelay == null ? Duration.ofSeconds(60) : maxCrawlDelay;
        connections = connections == null ? 1 : connections;
        maxFailures = maxFailures == null ? 5 : maxFailures;
        backoffBase = backoffBase == null ? Duration.ofSeconds(2) : backoffBase;
        backoffMax = backoffMax == null ? Duration.ofMinutes(5) : backoffMax;
        robotsTtl = robotsTtl == null ? Duration.ofHours(1) : robotsTtl;
        if (delay.isNegative() || connections < 1 || maxFailures < 1) {
            throw new IllegalArgumentException("expected delay >= 0, connections >= 1 and maxFailures >= 1");
        }
    }

    /** A copy with another minimum delay (e.g. zero for benchmarks, or from the command line). */
    public Politeness withDelay(Duration newDelay) {
        return new Politeness(newDelay, maxCrawlDelay, connections, maxFailures, backoffBase, backoffMax, robotsTtl);
    }
}
