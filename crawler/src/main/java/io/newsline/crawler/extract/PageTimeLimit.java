package io.newsline.crawler.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the extraction of one page may take before the page is given up as failed.
 *
 * <p>The default, {@value #DEFAULT_SECONDS} s, is far beyond any honest page: the slowest page of the development
 * set (readability-test-pages, 130 pages up to 1.3 MB) takes about 0.1 s, a typical one a few milliseconds. Only
 * a runaway site-file regular expression or a pathological page reaches it, and then a worker is held for ten
 * seconds, no longer than a handful of politeness delays.
 *
 * @param perPage the limit for one page, positive
 */
public record PageTimeLimit(Duration perPage) {
    public static final long DEFAULT_SECONDS = 10;
    public static final PageTimeLimit DEFAULT = new PageTimeLimit(Duration.ofSeconds(DEFAULT_SECONDS));

    public PageTimeLimit {
        Objects.requireNonNull(perPage, "perPage");
        if (perPage.isNegative() || perPage.isZero()) {
            throw new IllegalArgumentException("the time limit per page must be positive, got " + perPage);
        }
    }

    /** The limit as a reader would write it: {@code 10 s}, {@code 200 ms}. */
    @Override
    public String toString() {
        long millis = perPage.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
