package io.newsline.crawler.run;

import io.newsline.parser.profile.Recrawl;
import java.time.Duration;
import java.time.Instant;

/**
 * When an article page is due again: often while the article is fresh, rarely once it is old, never after
 * {@code stopAfter}. The age is the article's own published time when known, else the first fetch.
 */
public final class RecrawlPolicy {
    private RecrawlPolicy() {
    }

    public static Instant nextDue(Recrawl recrawl, Instant now, Instant articleDate) {
        Instant born = articleDate == null || articleDate.isAfter(now) ? now : articleDate;
        Duration age = Duration.between(born, now);
        if (age.compareTo(recrawl.stopAfter()) > 0) {
            return null;
        }
        Duration interval = age.compareTo(recrawl.freshFor()) <= 0 ? recrawl.freshInterval() : recrawl.staleInterval();
        return now.plus(interval);
    }
}
