package io.newsline.crawler.politeness;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each host may next be asked, as the {@link PoliteScheduler}s that share it last decided (delay after the last
 * request, or the end of a backoff). A scheduler starts each host no sooner than this, so politeness holds across the
 * consecutive schedulers of one process, not only within one. Thread-safe; a time only ever moves later.
 */
public final class HostTurns {
    private final Map<String, Instant> nextAllowed = new ConcurrentHashMap<>();

    /** The earliest start of the next request to {@code host}; {@link Instant#EPOCH} for a host never asked. */
    public Instant nextAllowed(String host) {
        return nextAllowed.getOrDefault(key(host), Instant.EPOCH);
    }

    /** {@code host} may not be asked before {@code at} (an earlier time than the one known changes nothing). */
    void notBefore(String host, Instant at) {
        nextAllowed.merge(key(host), at, (a, b) -> a.isAfter(b) ? a : b);
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
