package io.newsline.crawler.politeness;

import java.time.Duration;
import java.util.Optional;

/**
 * What robots.txt means for the next fetch of a host: go ahead, skip this URL, defer the host, or park it because
 * its Crawl-delay is above the profile's {@code politeness.maxCrawlDelay}. Fetches robots.txt through the
 * {@link RobotsCache} when it is not cached; the decision says so, because that fetch used the host's turn.
 */
final class RobotsGate {

    enum Kind { PROCEED, DENIED, DEFERRED, BLOCKED, CRAWL_DELAY_TOO_LONG }

    /**
     * @param fetchedRobots  true when robots.txt was fetched just now (a request to the host was made)
     * @param crawlDelay     the Crawl-delay robots.txt asks for, if any
     * @param reason         for DEFERRED, BLOCKED and CRAWL_DELAY_TOO_LONG: the line to report
     */
    record Decision(Kind kind, boolean fetchedRobots, Optional<Duration> crawlDelay, String reason) {
    }

    private final RobotsCache robots;

    /** A gate over {@code robots}; with null every URL may proceed (robots not obeyed, e.g. in tests). */
    RobotsGate(RobotsCache robots) {
        this.robots = robots;
    }

    Decision decide(String url, HostQueue host) {
        if (robots == null) {
            return new Decision(Kind.PROCEED, false, Optional.empty(), null);
        }
        Optional<HostRobots> cached = robots.cached(url);
        HostRobots hostRobots = cached.orElseGet(() -> robots.forUrl(url));
        boolean fetchedNow = cached.isEmpty();
        Optional<Duration> crawlDelay = hostRobots.crawlDelay();
        if (hostRobots.deferred()) {
            return new Decision(Kind.DEFERRED, fetchedNow, crawlDelay, hostRobots.reason());
        }
        if (hostRobots.blocked()) {
            // nothing was sent: the host's turn is not used
            return new Decision(Kind.BLOCKED, false, crawlDelay, hostRobots.reason());
        }
        Duration limit = host.politeness.maxCrawlDelay();
        if (crawlDelay.isPresent() && crawlDelay.get().compareTo(limit) > 0) {
            return new Decision(Kind.CRAWL_DELAY_TOO_LONG, fetchedNow, crawlDelay, "host " + host.host
                    + " asks for Crawl-delay " + crawlDelay.get().toSeconds() + " s, above the limit " + limit.toSeconds()
                    + " s; raise politeness.maxCrawlDelay in seeds/" + host.profileName + ".yaml to crawl it");
        }
        Kind kind = hostRobots.verdict(url) == RobotsVerdict.DENIED ? Kind.DENIED : Kind.PROCEED;
        return new Decision(kind, fetchedNow, crawlDelay, null);
    }
}
