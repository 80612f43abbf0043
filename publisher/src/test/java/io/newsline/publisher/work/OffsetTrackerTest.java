package io.newsline.publisher.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private final TopicPartition tp = new TopicPartition("news.frontier", 0);

    @Test
    void commitsUpToTheLowestUnfinishedOffset() {
        OffsetTracker t = new OffsetTracker();
        for (long o = 10; o <= 12; o++) {
            t.polled(tp, o);
            t.started(tp, o);
        }
        t.finished(tp, 11);
        t.finished(tp, 12);
        assertThat(t.committable()).isEqualTo(Map.of(tp, new OffsetAndMetadata(10)));
    }

    @Test
    void commitsPastTheLastPolledWhenAllAreFinishedAndOnlyOnce() {
        OffsetTracker t = new OffsetTracker();
        t.polled(tp, 5);
        t.started(tp, 5);
        t.polled(tp, 6); // skipped: known and not due
        t.finished(tp, 5);
        Map<TopicPartition, OffsetAndMetadata> first = t.committable();
        assertThat(first).isEqualTo(Map.of(tp, new OffsetAndMetadata(7)));
        t.committed(first);
        assertThat(t.committable()).isEmpty();
    }
}
