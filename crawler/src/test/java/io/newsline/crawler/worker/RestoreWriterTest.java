package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The restore's writer thread: the consumer's order kept, a failed write reported to the consumer. */
class RestoreWriterTest {
    @Test
    void writesAreAppliedInTheOrderTheyWereHandedOverAndAllAreDoneAtFinish() {
        List<Integer> applied = new CopyOnWriteArrayList<>();
        try (RestoreWriter writer = new RestoreWriter("test-writer", 2)) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                writer.submit(() -> applied.add(n));
            }
            writer.finish();
        }
        assertThat(applied).hasSize(100).isSorted();
    }

    @Test
    void aFailedWriteIsThrownToTheConsumerWithItsMessage() {
        try (RestoreWriter writer = new RestoreWriter("test-writer", 2)) {
            writer.submit(() -> {
                throw new IllegalStateException("cannot write to the worker state store /data/p0: disk full");
            });
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) { // a later hand-off or the finish reports it
                    writer.submit(() -> { });
                }
                writer.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("disk full");
        }
    }
}
