package io.newsline.crawler.politeness;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * When each host may next be asked, as the {@link PoliteScheduler}s that share it last decided (delay after the last
 * request, or the end of a backoff), and when each host was last asked. A scheduler starts each host no sooner than
 * this, so politeness holds across the consecutive schedulers of one process; with a journal of the last requests
 * (the crawl state), it holds across a restart of the process too. Thread-safe; a time only ever moves later.
 */
public final class HostTurns {
    private final Map<String, Instant> nextAllowed = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastAsked = new ConcurrentHashMap<>();
    private final BiConsumer<String, Instant> journal;

    /** Turns of a process that remembers no host from before its start. */
    public HostTurns() {
        this(Map.of(), (host, at) -> { });
    }

    /**
     * @param askedBefore when each host was last asked, as {@code journal} kept it before this process started
     * @param journal     told, on a fetch thread, when a request to a host starts (before it is sent) and ends, to
     *                    keep it durably
     */
    public HostTurns(Map<String, Instant> askedBefore, BiConsumer<String, Instant> journal) {
        askedBefore.forEach((host, at) -> lastAsked.put(key(host), at));
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /**
     * The earliest start of the next request to {@code host}, which asks for {@code delay} between requests;
     * {@link Instant#EPOCH} for a host never asked.
     */
    public Instant nextAllowed(String host, Duration delay) {
        Instant after = lastAsked.getOrDefault(key(host), Instant.EPOCH).plus(delay);
        Instant decided = nextAllowed.getOrDefault(key(host), Instant.EPOCH);
        return decided.isAfter(after) ? decided : after;
    }

    /** {@code host} may not be asked before {@code at} (an earlier time than the one known changes nothing). */
    void notBefore(String host, Instant at) {
        nextAllowed.merge(key(host), at, HostTurns::later);
    }

    /** A request to {@code host} is under way at {@code at} (its start, then its end); the journal keeps it. */
    void asked(String host, Instant at) {
        lastAsked.merge(key(host), at, HostTurns::later);
        journal.accept(key(host), at);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }
}
