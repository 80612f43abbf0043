package io.newsline.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RocksDB copy of one state-topic partition: due order, exact count, checkpoint, one owner at a time. */
class PartitionStateStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void afterARebuildUrlsAreDueInDueOrderAndTheLastValueOfAKeyWins() {
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            store.startRebuild();
            store.write(List.of(put("https://a.com/late", T0.plusSeconds(30)), put("https://a.com/early", T0.plusSeconds(99))),
                    OptionalLong.empty());
            store.write(List.of(put("https://a.com/early", T0.plusSeconds(10)), put("https://a.com/never", null),
                    put("https://a.com/future", T0.plusSeconds(3600)), put("https://a.com/before-epoch", Instant.EPOCH.minusSeconds(5))),
                    OptionalLong.empty());
            store.finishRebuild(new PartitionStateStore.Checkpoint("topic", 6));

            assertThat(store.due(T0.plusSeconds(60), 10)).extracting(UrlState::url)
                    .containsExactly("https://a.com/before-epoch", "https://a.com/early", "https://a.com/late");
            assertThat(store.urlCount()).isEqualTo(5);
            assertThat(store.checkpoint()).contains(new PartitionStateStore.Checkpoint("topic", 6));
        }
    }

    @Test
    void aRebuildOverSeveralBatchesIndexesEachUrlOnceAtItsLastDueTimeAndCountsExactly() {
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            store.startRebuild();
            store.write(List.of(put("https://a.com/moves", T0.plusSeconds(10)), put("https://a.com/deleted", T0.plusSeconds(20)),
                    put("https://a.com/stays", T0.plusSeconds(40))), OptionalLong.empty());
            store.write(List.of(put("https://a.com/moves", T0.plusSeconds(50)), put("https://a.com/new", T0.plusSeconds(30))),
                    OptionalLong.empty());
            store.write(List.of(delete("https://a.com/deleted"), put("https://a.com/moves", T0.plusSeconds(5)),
                    put("https://a.com/moves", T0.plusSeconds(45)), delete("https://a.com/never-known")), OptionalLong.empty());
            store.finishRebuild(new PartitionStateStore.Checkpoint("topic", 9));

            assertThat(store.due(T0.plusSeconds(60), 10)).extracting(UrlState::url)
                    .containsExactly("https://a.com/new", "https://a.com/stays", "https://a.com/moves");
            assertThat(store.due(T0.plusSeconds(60), 10).get(2).nextDue()).isEqualTo(T0.plusSeconds(45));
            assertThat(store.urlCount()).isEqualTo(3);
        }
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            assertThat(store.urlCount()).isEqualTo(3);
        }
    }

    @Test
    void aUrlWhoseDueTimeChangesIsDueOnceAtItsNewTime() {
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            store.write(List.of(put("https://a.com/1", T0.plusSeconds(10)), put("https://a.com/2", T0.plusSeconds(20))), OptionalLong.empty());
            store.write(List.of(put("https://a.com/1", T0.plusSeconds(30))), OptionalLong.empty());

            assertThat(store.due(T0.plusSeconds(60), 10)).extracting(UrlState::url)
                    .containsExactly("https://a.com/2", "https://a.com/1");
            assertThat(store.due(T0.plusSeconds(60), 10).get(1).nextDue()).isEqualTo(T0.plusSeconds(30));
        }
    }

    @Test
    void theUrlCountStaysExactAfterOverwritesAndDeletesAndAcrossARestart() {
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            store.write(List.of(put("https://a.com/1", T0), put("https://a.com/2", T0), put("https://a.com/3", T0)), OptionalLong.empty());
            store.write(List.of(put("https://a.com/1", T0.plusSeconds(5)), delete("https://a.com/2"), delete("https://a.com/never-known"),
                    put("https://a.com/4", null)), OptionalLong.empty());
            assertThat(store.urlCount()).isEqualTo(3);
        }
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            assertThat(store.urlCount()).isEqualTo(3);
            assertThat(store.due(T0.plusSeconds(60), 10)).extracting(UrlState::url).containsExactly("https://a.com/3", "https://a.com/1");
        }
    }

    @Test
    void aCheckpointMovesWithTheWriteThatCarriesItAndSurvivesARestart() {
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            store.startRebuild();
            store.finishRebuild(new PartitionStateStore.Checkpoint("topic", 0));
            store.write(List.of(put("https://a.com/1", T0)), OptionalLong.of(1));
        }
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            assertThat(store.checkpoint()).contains(new PartitionStateStore.Checkpoint("topic", 1));
            assertThat(store.url("https://a.com/1")).isPresent();
        }
    }

    @Test
    void aRebuildCutOffBeforeItsEndLeavesNoCheckpointAndARebuildStartsEmpty() {
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            store.startRebuild();
            store.finishRebuild(new PartitionStateStore.Checkpoint("topic", 1));
            store.startRebuild(); // the topic was recreated: rebuilt again, and the worker dies during it
            store.write(List.of(put("https://a.com/1", T0)), OptionalLong.of(2));
        }
        try (PartitionStateStore store = PartitionStateStore.open(dir.resolve("p0"))) {
            assertThat(store.checkpoint()).isEmpty();
            store.startRebuild();
            assertThat(store.url("https://a.com/1")).isEmpty();
        }
    }

    @Test
    void aSecondOpenerWaitsForTheFirstToCloseAndThenSeesItsWrites() throws Exception {
        PartitionStateStore first = PartitionStateStore.open(dir.resolve("p0"));
        first.write(List.of(put("https://a.com/1", T0)), OptionalLong.empty());
        CompletableFuture<PartitionStateStore> second = CompletableFuture.supplyAsync(() -> PartitionStateStore.open(dir.resolve("p0")));
        first.close(); // the previous owner hands the partition over

        try (PartitionStateStore store = second.get(60, TimeUnit.SECONDS)) {
            assertThat(store.url("https://a.com/1")).isPresent();
        }
    }

    @Test
    void aSecondOpenerGivesUpAfterItsWaitNamingTheDirectory() {
        Path p0 = dir.resolve("p0");
        try (PartitionStateStore first = PartitionStateStore.open(p0)) {
            assertThatThrownBy(() -> PartitionStateStore.open(p0, Duration.ofMillis(300)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(p0.toString())
                    .hasMessageContaining("still in use by another worker");
        }
    }

    private static PartitionStateStore.Change put(String url, Instant due) {
        UrlState s = new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, T0, due, 200, "id", null, null, "hash", null);
        return new PartitionStateStore.Change(StateRecords.urlKey(url), StateRecords.encode(s));
    }

    private static PartitionStateStore.Change delete(String url) {
        return new PartitionStateStore.Change(StateRecords.urlKey(url), null);
    }
}
