package io.newsline.parser.profile;

import java.time.Duration;

/**
 * When an already-fetched article is fetched again (listing pages, feeds and sitemaps are read every run).
 * An article younger than {@code freshFor} is revisited every {@code freshInterval}; older ones every
 * {@code staleInterval}; never after {@code stopAfter}.
 */
public record Recrawl(Duration freshFor, Duration freshInterval, Duration staleInterval, Duration stopAfter) {
    public static final Recrawl DEFAULT = new Recrawl(null, null, null, null);

    public Recrawl {
        freshFor = freshFor == null ? Duration.ofHours(48) : freshFor;
        freshInterval = freshInterval == null ? Duration.ofHours(1) : freshInterval;
        staleInterval = staleInterval == null ? Duration.ofDays(7) : staleInterval;
        stopAfter = stopAfter == null ? Duration.ofDays(30) : stopAfter;
    }
}
