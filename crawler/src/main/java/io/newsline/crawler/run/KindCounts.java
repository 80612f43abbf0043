package io.newsline.crawler.run;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts events by kind (an enum) and keeps the first message of each kind as its example. Thread-safe; the
 * messages are kept whole: shortening them for a screen is the printer's job.
 */
final class KindCounts<K extends Enum<K>> {
    private final Map<K, AtomicLong> counts;
    private final Map<K, AtomicReference<String>> examples;

    KindCounts(Class<K> type) {
        Map<K, AtomicLong> c = new EnumMap<>(type);
        Map<K, AtomicReference<String>> e = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            c.put(k, new AtomicLong());
            e.put(k, new AtomicReference<>());
        }
        this.counts = Collections.unmodifiableMap(c);
        this.examples = Collections.unmodifiableMap(e);
    }

    void add(K kind, String message) {
        counts.get(kind).incrementAndGet();
        if (message != null && !message.isBlank()) {
            examples.get(kind).compareAndSet(null, message);
        }
    }

    long count(K kind) {
        return counts.get(kind).get();
    }

    /** The kinds seen so far, in declaration order, each with its count and first message. */
    Map<K, RunStats.Tally> snapshot() {
        Map<K, RunStats.Tally> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, n) -> {
            long count = n.get();
            if (count > 0) {
                out.put(k, new RunStats.Tally(count, java.util.Optional.ofNullable(examples.get(k).get())));
            }
        });
        return out;
    }
}
