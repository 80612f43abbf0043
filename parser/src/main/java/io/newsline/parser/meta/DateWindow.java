package io.newsline.parser.meta;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dates an article can plausibly carry: not before 1990 (no news site is older on the web; earlier values
 * are placeholders like 1970-01-01) and not after the fetch time plus one day of slack for zone mistakes.
 */
record DateWindow(Instant earliest, Instant latest) {
    private static final Instant EARLIEST = OffsetDateTime.of(1990, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

    static DateWindow forFetch(Instant fetchedAt) {
        return new DateWindow(EARLIEST, fetchedAt.plus(Duration.ofDays(1)));
    }

    boolean contains(OffsetDateTime date) {
        Instant i = date.toInstant();
        return !i.isBefore(earliest) && !i.isAfter(latest);
    }
}
