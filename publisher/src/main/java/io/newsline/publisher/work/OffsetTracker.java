package io.newsline.publisher.work;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which frontier offsets may be committed. URLs finish out of order (hosts have their own pace), so a partition's
 * committable offset is its lowest unfinished one, or the next after the last polled when all are finished. A
 * finished URL above an unfinished one is consumed again after a crash, and then skipped: its state says it is done.
 */
final class OffsetTracker {
    private final Map<TopicPartition, ConcurrentSkipListSet<Long>> open = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> next = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    void polled(TopicPartition tp, long offset) {
        next.merge(tp, offset + 1, Math::max);
    }

    void started(TopicPartition tp, long offset) {
        open.computeIfAbsent(tp, k -> new ConcurrentSkipListSet<>()).add(offset);
    }

    void finished(TopicPartition tp, long offset) {
        ConcurrentSkipListSet<Long> set = open.get(tp);
        if (set != null) {
            set.remove(offset);
        }
    }

    /** URLs of {@code tp} started and not finished. */
    int openCount(TopicPartition tp) {
        ConcurrentSkipListSet<Long> set = open.get(tp);
        return set == null ? 0 : set.size();
    }

    /** Offsets that moved since the last call. */
    Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (Map.Entry<TopicPartition, Long> e : next.entrySet()) {
            ConcurrentSkipListSet<Long> set = open.get(e.getKey());
            Long lowest = set == null || set.isEmpty() ? null : set.first();
            long offset = lowest == null ? e.getValue() : lowest;
            if (!Long.valueOf(offset).equals(committed.get(e.getKey()))) {
                out.put(e.getKey(), new OffsetAndMetadata(offset));
            }
        }
        return out;
    }

    /** The offsets returned by {@link #committable} were committed. */
    void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
    }

    void clear() {
        open.clear();
        next.clear();
        committed.clear();
    }
}
