package io.newsline.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An owned partition's file holds only what was committed: the rest stays on the heap and dies with the process. */
class OwnedPartitionTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aChangeNotPersistedAfterItsCommitIsNotInTheFileAfterARestart() {
        try (OwnedPartition part = open()) {
            part.put(url("https://a.com/1", T0));
            assertThat(part.url("https://a.com/1")).isPresent();
        } // a crash before the commit: nothing persisted
        try (OwnedPartition part = open()) {
            assertThat(part.url("https://a.com/1")).isEmpty();
        }
    }

    @Test
    void aChangePersistedAfterItsCommitIsInTheFileAfterARestart() {
        try (OwnedPartition part = open()) {
            part.put(url("https://a.com/1", T0));
            part.put(new ArticleVersion("a1", 2, "h2"));
            part.written().persist();
        }
        try (OwnedPartition part = open()) {
            assertThat(part.url("https://a.com/1")).contains(url("https://a.com/1", T0));
            assertThat(part.latest("a1")).contains(new ArticleVersion("a1", 2, "h2"));
        }
    }

    @Test
    void aReservedVersionIsNeverPersisted() {
        try (OwnedPartition part = open()) {
            part.reserve(new ArticleVersion("a1", 1, "h1"));
            assertThat(part.latest("a1")).contains(new ArticleVersion("a1", 1, "h1"));
            part.written().persist();
        }
        try (OwnedPartition part = open()) {
            assertThat(part.latest("a1")).isEmpty();
        }
    }

    @Test
    void aChangeMadeAfterTheSnapshotStaysPendingWhenTheSnapshotIsPersisted() {
        try (OwnedPartition part = open()) {
            part.put(url("https://a.com/1", T0));
            OwnedPartition.Written beforeCommit = part.written();
            part.put(url("https://a.com/1", T0.plusSeconds(60))); // its record went out in the next transaction
            beforeCommit.persist();
            assertThat(part.url("https://a.com/1")).contains(url("https://a.com/1", T0.plusSeconds(60)));
        }
        try (OwnedPartition part = open()) {
            assertThat(part.url("https://a.com/1")).contains(url("https://a.com/1", T0));
        }
    }

    @Test
    void dueUrlsComeFromTheFileAndThePendingChangesWithPendingOnesWinning() {
        try (OwnedPartition part = open()) {
            part.put(url("https://a.com/1", T0));
            part.put(url("https://a.com/2", T0));
            part.written().persist();
            part.put(url("https://a.com/2", T0.plusSeconds(3600))); // fetched again: not due any more
            part.put(url("https://a.com/3", T0));
            assertThat(part.due(T0, 10)).extracting(UrlState::url).containsExactlyInAnyOrder("https://a.com/1", "https://a.com/3");
            assertThat(part.urlCount()).isEqualTo(3);
        }
    }

    private OwnedPartition open() {
        return new OwnedPartition(0, PartitionStateStore.open(dir.resolve("p0")));
    }

    private static UrlState url(String url, Instant due) {
        return new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, T0, due, 200, "id", null, null, "hash", null);
    }
}
