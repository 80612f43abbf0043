package io.newsline.crawler.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the extraction of one page may take before the page is given up as failed.
 *
 * <p>The default, {@value #DEFAULT_SECONDS} s, is far beyond any honest page: on the development set
 * (readability-test-pages, 130 pages up to 1.6 MB) a page takes 2.4 ms at the median and 27 ms at most once the
 * JVM is warm, and the first page of a cold JVM 0.8 s. Only a runaway site-file regular expression or a
 * pathological page reaches it, and then a worker is held for ten seconds, no longer than a handful of
 * politeness delays.
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
