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
 * @param access      whether robots.txt was read, could not be read (deferred), or the site's address is refused
 * @param reason      one line on how the rules were obtained (e.g. {@code https://x/robots.txt: HTTP 404, allow all})
 * @param fetchedAt   when robots.txt was fetched
 * @param expiresAt   when it must be fetched again
 */
public record HostRobots(String origin, BaseRobotRules rules, Access access, String reason, Instant fetchedAt, Instant expiresAt) {

    /** How the rules were obtained. */
    public enum Access {
        /** robots.txt was read, or the site has none (4xx): the rules apply. */
        READ,
        /** robots.txt could not be read (5xx, 429, timeout, connection error): the site is not crawled now. */
        DEFERRED,
        /** The SSRF guard refused the site's address: nothing on it is fetched. */
        BLOCKED
    }

    public HostRobots {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(access, "access");
    }

    /** True when robots.txt could not be read and the site must not be crawled now. */
    public boolean deferred() {
        return access == Access.DEFERRED;
    }

    /** True when the site's address is refused by the SSRF guard. */
    public boolean blocked() {
        return access == Access.BLOCKED;
    }

    /** The verdict for {@code url} (which must be on this origin). */
    public RobotsVerdict verdict(String url) {
        if (access == Access.DEFERRED) {
            return RobotsVerdict.DEFER;
        }
        if (access == Access.BLOCKED) {
            return RobotsVerdict.BLOCKED;
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
