package io.newsline.crawler.state;

import io.newsline.publisher.DataDirLock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCrawlStateTest {
    @TempDir
    Path dir;

    @Test
    void acknowledgedVersionSurvivesReopenAndPendingIsGone() {
        PendingPublication p = new PendingPublication("newdaily:1", 1, "sha256:a", "https://x/1", 7);
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            state.addPending(p);
            assertThat(state.pending()).containsExactly(p);
            state.acknowledged(p, null);
        }
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            assertThat(state.pending()).isEmpty();
            assertThat(state.article("newdaily:1")).contains(new ArticleVersion("newdaily:1", 1, "sha256:a"));
        }
    }

    @Test
    void theTopicAndClusterOfTheStateSurviveReopen() {
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            assertThat(state.binding()).isEmpty();
            state.bind(new StateBinding("cluster-a", "news.articles"));
        }
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            assertThat(state.binding()).contains(new StateBinding("cluster-a", "news.articles"));
        }
    }

    @Test
    void resetForgetsUrlsVersionsAndPendingRecordsAndBindsTheStateAnew() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            state.bind(new StateBinding("cluster-a", "news.articles"));
            state.discover("https://x/a", UrlKind.ARTICLE, now);
            state.acknowledged(new PendingPublication("x:1", 1, "sha256:a", "https://x/a", 1), null);
            state.addPending(new PendingPublication("x:2", 1, "sha256:b", "https://x/b", 1));

            state.reset(new StateBinding("cluster-b", "articles.new"));

            assertThat(state.countUrls()).isZero();
            assertThat(state.article("x:1")).isEmpty();
            assertThat(state.pending()).isEmpty();
            assertThat(state.binding()).contains(new StateBinding("cluster-b", "articles.new"));
        }
    }

    @Test
    void discoverKeepsWhatIsKnownAndDueListsOnlyDueUrls() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            assertThat(state.discover("https://x/a", UrlKind.ARTICLE, now)).isTrue();
            assertThat(state.discover("https://x/a", UrlKind.ARTICLE, now.plusSeconds(60))).isFalse();
            state.saveUrl(new UrlState("https://x/b", UrlKind.ARTICLE, UrlStatus.DONE, now, now.plusSeconds(3600), 200,
                    null, "\"e\"", null, null, null));
            assertThat(state.due(UrlKind.ARTICLE, now, 10)).extracting(UrlState::url).containsExactly("https://x/a");
            assertThat(state.due(UrlKind.ARTICLE, now.plusSeconds(3600), 10)).extracting(UrlState::url)
                    .containsExactly("https://x/a", "https://x/b");
            assertThat(state.url("https://x/b").orElseThrow().etag()).isEqualTo("\"e\"");
        }
    }

    @Test
    void startOffsetsAreTheSmallestOfTheGivenRuns() {
        try (SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            long r1 = state.startRun(Instant.now(), Map.of(0, 10L, 1, 5L));
            long r2 = state.startRun(Instant.now(), Map.of(0, 20L, 1, 3L));
            assertThat(state.startOffsets(List.of(r1, r2))).containsEntry(0, 10L).containsEntry(1, 3L);
        }
    }

    @Test
    void secondProcessOnTheSameDataDirectoryIsRefusedWithTheReason() {
        try (DataDirLock lock = DataDirLock.acquire(dir, DataDirLock.Use.CRAWL)) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir, DataDirLock.Use.CRAWL))
                    .hasMessageContaining(dir.toString())
                    .hasMessageContaining("in use by another newsline process")
                    .hasMessageContaining("--data");
        }
        DataDirLock.acquire(dir, DataDirLock.Use.CRAWL).close();
    }

    @Test
    void killDashNineMidWriteLeavesEveryCommittedVersionAndNoCorruption() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StateWriterProcess.class.getName(), dir.toString()).redirectError(dir.resolve("child.err").toFile()).start();
        int lastCommitted = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.trim().matches("\\d+")) {
                    continue; // logback's status lines when the reactor puts two logback-test.xml on the class path
                }
                lastCommitted = Integer.parseInt(line.trim());
                if (lastCommitted >= 300) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastCommitted).as("child stopped early: " + Files.readString(dir.resolve("child.err")))
                .isGreaterThanOrEqualTo(300);

        try (DataDirLock lock = DataDirLock.acquire(dir, DataDirLock.Use.CRAWL);
             SqliteCrawlState state = SqliteCrawlState.open(dir.resolve("state.db"))) {
            for (int i = 0; i <= lastCommitted; i++) {
                assertThat(state.article("site:" + i)).as("version committed before the kill: site:" + i).isPresent();
            }
            assertThat(state.pending()).hasSizeLessThanOrEqualTo(1);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("state.db"));
             ResultSet rs = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void aFullDiskIsReportedAsDiskFullNamingTheStateFileAndTheWayOut() {
        Path file = dir.resolve("state.db");
        try (SqliteCrawlState state = SqliteCrawlState.openWithPageLimit(file, 16)) {
            assertThatThrownBy(() -> fill(state))
                    .isInstanceOfSatisfying(StateStoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StateStoreException.Reason.DISK_FULL))
                    .hasMessageContaining("disk full")
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("free space")
                    .hasMessageContaining("--data");
        }
    }

    @Test
    void aCommitOnAFullDiskSaysDiskFullNotThatNoTransactionIsActive() {
        Path file = dir.resolve("state.db");
        PendingPublication p = new PendingPublication("site:1", 1, "sha256:a", "https://x/1", 1);
        try (SqliteCrawlState state = SqliteCrawlState.openWithPageLimit(file, 16)) {
            state.addPending(p);
            assertThatThrownBy(() -> fill(state)).isInstanceOf(StateStoreException.class);
            UrlState big = new UrlState("https://x/1?" + "q".repeat(20_000), UrlKind.ARTICLE, UrlStatus.DONE, Instant.now(),
                    null, 200, "site:1", null, null, "sha256:a", null);

            assertThatThrownBy(() -> state.acknowledged(p, big))
                    .isInstanceOfSatisfying(StateStoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(StateStoreException.Reason.DISK_FULL))
                    .hasMessageContaining("disk full")
                    .hasMessageNotContaining("no transaction is active");
            // the failed commit left nothing half-done: the record is still pending, no version was committed
            assertThat(state.pending()).containsExactly(p);
            assertThat(state.article("site:1")).isEmpty();
        }
    }

    /** Writes URLs until the capped file is full. */
    private static void fill(SqliteCrawlState state) {
        for (int i = 0; i < 100_000; i++) {
            state.discover("https://x/" + i + "?" + "p".repeat(2_000), UrlKind.ARTICLE, Instant.now());
        }
    }
}
