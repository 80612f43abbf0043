package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.archive.WarcConfig;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.testing.Poll;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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

    private MultiHostSite site;

    @AfterEach
    void close() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aWorkerWithWarcArchivesEveryPageItPublishedAndLinksItToTheArticleId() throws Exception {
        site = new MultiHostSite(2, 3);
        Path seeds = site.seeds(tmp);
        Path warc = tmp.resolve("warc");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "warcw.articles." + run;
        WorkerConfig config = WorkerConfig.builder(TestBroker.bootstrap(), "warcw-" + run, seeds)
                .topic(topic)
                .frontierTopic("warcw.frontier." + run)
                .stateTopic("warcw.state." + run)
                .partitions(2)
                .fetch(FetchConfig.defaults().withResolve(site.resolve().stream().map(ResolveEntry::parse).toList())
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(Duration.ZERO))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10))
                .warc(Optional.of(WarcConfig.in(warc)))
                .build();
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        try (HttpFetcher fetcher = new HttpFetcher(config.settings().fetch())) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE);
            Thread thread = new Thread(worker::run, "test-warc-worker");
            thread.setDaemon(true);
            thread.start();
            Poll.until(Duration.ofSeconds(90), "all " + site.ids().size() + " articles published", () -> publishedKeys(topic).containsAll(site.ids()));
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
        assertThat(archivedUrls.stream().filter(u -> u.contains("/site/data/html/")).count()).isEqualTo(site.ids().size());
        assertThat(linkedIds).containsExactlyInAnyOrderElementsOf(site.ids());
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
