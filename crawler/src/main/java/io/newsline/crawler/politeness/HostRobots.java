package io.newsline.crawler.politeness;

import crawlercommons.robots.BaseRobotRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one site's robots.txt says, as cached by {@link RobotsCache}.
 *
 * @param origin      {@code scheme://host[:port]} the rules apply to (port only when not the default)
 * @param rules       the parsed rules (allow-all when the site has none, allow-none while deferred)
 * @param deferred    true when robots.txt could not be read and the site must not be crawled now
 * @param reason      one line on how the rules were obtained (e.g. {@code https://x/robots.txt: HTTP 404, allow all})
 * @param fetchedAt   when robots.txt was fetched
 * @param expiresAt   when it must be fetched again
 */
public record HostRobots(String origin, BaseRobotRules rules, boolean deferred, String reason, Instant fetchedAt, Instant expiresAt) {

    public HostRobots {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rules, "rules");
    }

    /** The verdict for {@code url} (which must be on this origin). */
    public RobotsVerdict verdict(String url) {
        if (deferred) {
            return RobotsVerdict.DEFER;
        }
        return rules.isAllowed(url) ? RobotsVerdict.ALLOWED : RobotsVerdict.DENIED;
    }

    /** The Crawl-delay the site asks of Newsline, if any. */
    public Optional<Duration> crawlDelay() {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
    }

    /** The sitemaps announced by {@code Sitemap:} lines. */
    public List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }

    /** True once {@code now} is past {@link #expiresAt()}. */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
