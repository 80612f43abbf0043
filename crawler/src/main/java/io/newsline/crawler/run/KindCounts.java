package io.newsline.crawler.run;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts events by kind (an enum) and keeps the first {@link RunStats.Tally#EXAMPLES} messages of each kind as its
 * examples. Thread-safe; the
 * messages are kept whole: shortening them for a screen is the printer's job.
 */
final class KindCounts<K extends Enum<K>> {
    private final Map<K, AtomicLong> counts;
    private final Map<K, java.util.List<String>> examples;

    KindCounts(Class<K> type) {
        Map<K, AtomicLong> c = new EnumMap<>(type);
        Map<K, java.util.List<String>> e = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            c.put(k, new AtomicLong());
            e.put(k, new java.util.ArrayList<>());
        }
        this.counts = Collections.unmodifiableMap(c);
        this.examples = Collections.unmodifiableMap(e);
    }

    void add(K kind, String message) {
        counts.get(kind).incrementAndGet();
        if (message != null && !message.isBlank()) {
            java.util.List<String> kept = examples.get(kind);
            synchronized (kept) {
                if (kept.size() < RunStats.Tally.EXAMPLES) {
                    kept.add(message);
                }
            }
        }
    }

    long count(K kind) {
        return counts.get(kind).get();
    }

    /** The kinds seen so far, in declaration order, each with its count and first messages. */
    Map<K, RunStats.Tally> snapshot() {
        Map<K, RunStats.Tally> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, n) -> {
            long count = n.get();
            if (count > 0) {
                java.util.List<String> kept = examples.get(k);
                synchronized (kept) {
                    out.put(k, new RunStats.Tally(count, kept));
                }
            }
        });
        return out;
    }
}
