package io.newsline.crawler.run;

import io.newsline.crawler.fetch.FetchOutcome;
import java.util.Optional;

/**
 * Why a URL was {@link CrawlListener#skipped skipped} on purpose: what the summary counts it under. The label is for
 * people; counting and decisions switch on the reason, never on the wording of a message.
 */
public enum SkipReason {
    /** The page parsed but is no article (a listing, a section front, too little text). */
    NOT_ARTICLE("not an article"),
    /** The site's robots.txt disallows the URL for the crawler. */
    ROBOTS_DISALLOWED("robots.txt disallows"),
    /** The page is gone: HTTP 404 or 410. */
    GONE("gone (HTTP 404 or 410)"),
    /** The body was larger than the fetch limit. */
    TOO_LARGE("larger than the body limit"),
    /** Too many redirects, a redirect loop, or a redirect without a usable target. */
    BAD_REDIRECT("redirects lead nowhere usable"),
    /** The host (or a redirect target) resolves to a loopback, private or link-local address. */
    PRIVATE_ADDRESS("resolves to a private address"),
    /** Not an absolute http(s) URL. */
    INVALID_URL("not an http(s) URL"),
    /** The same page bytes failed extraction before and were dead-lettered then; not dead-lettered again. */
    STILL_FAILING("extraction still fails on the unchanged page (dead-lettered before)"),
    /** The scheduler dropped the URL before fetching it: its host was parked, or the run was stopping. */
    NOT_FETCHED("not fetched");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    /** A few words for the summary ({@code "robots.txt disallows"}). */
    public String label() {
        return label;
    }

    /** The reason a fetch that ended with {@code outcome} is skipped for good, or empty when retrying may help. */
    public static Optional<SkipReason> ofFetch(FetchOutcome outcome) {
        return Optional.ofNullable(switch (outcome) {
            case TOO_LARGE -> TOO_LARGE;
            case TOO_MANY_REDIRECTS, REDIRECT_LOOP, BAD_REDIRECT -> BAD_REDIRECT;
            case BLOCKED_PRIVATE_ADDRESS -> PRIVATE_ADDRESS;
            case INVALID_URL -> INVALID_URL;
            default -> null;
        });
    }
}
