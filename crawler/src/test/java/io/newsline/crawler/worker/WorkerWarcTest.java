package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.archive.WarcConfig;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.testing.Poll;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** {@code worker --warc}: a worker archives the article pages it fetched, linked to what it published, and closes the file at stop. */
class WorkerWarcTest {
    @TempDir
    Path tmp;

    @Test
    void aWorkerWithWarcArchivesEveryPageItPublishedAndLinksItToTheArticleId() throws Exception {
        Path warc = tmp.resolve("warc");
        List<String> ids;
        try (WorkerFixture fixture = new WorkerFixture(tmp, 2, 3)) {
            ids = fixture.site().ids();
            WorkerConfig config = fixture.config("warcw", 2).warc(Optional.of(WarcConfig.in(warc))).build();
            WorkerRun worker = fixture.worker(config, CrawlListener.NONE);
            Thread thread = new Thread(worker::run, "test-warc-worker");
            thread.setDaemon(true);
            thread.start();
            Poll.until(Duration.ofSeconds(90), "all " + ids.size() + " articles published", () -> publishedKeys(config.settings().topic()).containsAll(ids));
            worker.stop();
            assertThat(worker.awaitStopped(Duration.ofSeconds(60))).isTrue();
        }

        Set<String> archivedUrls = new HashSet<>();
        Set<String> linkedIds = new HashSet<>();
        for (Path file : warcFiles(warc)) {
            try (WarcReader reader = new WarcReader(file)) {
                for (WarcRecord record : reader) {
                    if (record instanceof WarcResponse response) {
                        archivedUrls.add(response.target());
                    } else if (record instanceof WarcMetadata metadata) {
                        metadata.fields().first("newsline-article-id").ifPresent(linkedIds::add);
                    }
                }
            }
        }
        assertThat(archivedUrls.stream().filter(u -> u.contains("/site/data/html/")).count()).isEqualTo(ids.size());
        assertThat(linkedIds).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static Set<String> publishedKeys(String topic) {
        Set<String> keys = new HashSet<>();
        try {
            TestBroker.readAll(topic, Duration.ofSeconds(2)).forEach(r -> keys.add(r.key()));
        } catch (RuntimeException topicNotThereYet) {
            return Set.of();
        }
        return keys;
    }

    private static List<Path> warcFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }
}
