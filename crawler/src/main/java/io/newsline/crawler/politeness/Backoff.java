package io.newsline.crawler.politeness;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with jitter: {@code base * 2^(failures-1)}, plus up to a quarter more at random, capped. */
public final class Backoff {

    private Backoff() {
    }

    /**
     * The wait after {@code failures} consecutive failures (1 for the first).
     *
     * @param random a source of values in [0, 1); the jitter spreads retries of many hosts apart
     */
    public static Duration after(int failures, Duration base, Duration max, DoubleSupplier random) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        long baseMs = Math.max(1, base.toMillis());
        int doublings = Math.min(failures - 1, 30);
        long raw = baseMs << doublings;
        if (raw < 0 || raw > max.toMillis()) {
            raw = max.toMillis();
        }
        long jitter = (long) (raw / 4.0 * random.getAsDouble());
        return Duration.ofMillis(Math.min(raw + jitter, max.toMillis()));
    }
}
