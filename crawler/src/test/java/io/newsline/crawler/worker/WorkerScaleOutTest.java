package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.cli.Newsline;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.testing.Poll;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several workers in one consumer group over a multi-host site and a real broker: every article is published once,
 * no host gets two requests closer than the politeness delay from any two workers, and a worker killed with SIGKILL
 * mid-crawl leaves nothing lost or duplicated once the others took over its partitions.
 */
class WorkerScaleOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DELAY = Duration.ofMillis(250);

    @TempDir
    Path tmp;

    private final List<WorkerRun> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<HttpFetcher> fetchers = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();
    private MultiHostSite site;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "scale.articles." + run;
    private final String frontier = "scale.frontier." + run;
    private final String state = "scale.state." + run;
    private final String group = "scale-" + run;

    @AfterEach
    void stopAll() throws InterruptedException {
        workers.forEach(WorkerRun::stop);
        for (WorkerRun w : workers) {
            w.awaitStopped(Duration.ofSeconds(60));
        }
        fetchers.forEach(HttpFetcher::close);
        children.forEach(Process::destroyForcibly);
        if (site != null) {
            site.close();
        }
    }

    @Test
    void threeWorkersPublishEveryArticleOnceAndNoHostSeesTwoRequestsCloserThanTheDelay() throws Exception {
        site = new MultiHostSite(5, 8);
        Path seeds = site.seeds(tmp);
        for (int i = 0; i < 3; i++) {
            startWorker(seeds);
        }

        awaitAllArticles(Duration.ofSeconds(120));

        assertEveryArticleOnce();
        Map<String, Duration> gaps = site.smallestGapPerHost();
        assertThat(gaps).hasSize(5);
        assertThat(gaps.values()).as("smallest gap between two requests to one host, per host: " + gaps)
                .allMatch(gap -> gap.compareTo(DELAY) >= 0);
        assertThat(workers.stream().filter(w -> w.stats().total(h -> h.fetched) > 0).count())
                .as("workers that fetched something").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWorkerKilledMidCrawlLeavesNothingLostOrDuplicatedAndNoHostTooCloseAtTheHandOver() throws Exception {
        site = new MultiHostSite(6, 20);
        Path seeds = site.seeds(tmp);
        Path log = tmp.resolve("child.log");
        Process child = childWorker(seeds, log);
        Poll.until(Duration.ofSeconds(60), "the child worker owning partitions", () -> ownsPartitions(log));
        startWorker(seeds);
        startWorker(seeds);
        Poll.until(Duration.ofSeconds(60), "the child worker owning partitions after the others joined",
                () -> ownsPartitionsAfterLastAssignment(log));
        Poll.until(Duration.ofSeconds(60), "some articles published", () -> countRecords() >= 20);
        Poll.until(Duration.ofSeconds(60), "the child worker publishing", () -> childPublished(log) > 0);
        assertThat(countRecords()).as("articles published before the kill").isLessThan(site.ids().size());

        child.destroyForcibly(); // SIGKILL: its open transaction is left for the broker to abort
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        awaitAllArticles(Duration.ofSeconds(150));
        assertEveryArticleOnce();
        Map<String, Duration> gaps = site.smallestGapPerHost();
        assertThat(gaps.values()).as("smallest gap per host across the hand-overs: " + gaps)
                .allMatch(gap -> gap.compareTo(DELAY) >= 0);
    }

    private void startWorker(Path seeds) {
        WorkerConfig config = config(seeds);
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        HttpFetcher fetcher = new HttpFetcher(config.settings().fetch());
        fetchers.add(fetcher);
        WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE);
        workers.add(worker);
        Thread t = new Thread(worker::run, "test-worker-" + workers.size());
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    private WorkerConfig config(Path seeds) {
        return WorkerConfig.builder(TestBroker.bootstrap(), group, seeds)
                .topic(topic)
                .frontierTopic(frontier)
                .stateTopic(state)
                .partitions(6)
                .fetch(FetchConfig.defaults().withResolve(site.resolve().stream().map(ResolveEntry::parse).toList())
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(DELAY))
                .discoverEvery(Duration.ofMinutes(10))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10))
                .build();
    }

    private Process childWorker(Path seeds, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                Newsline.class.getName(), "worker", "--kafka", TestBroker.bootstrap(), "--group", group, "--seeds", seeds.toString(),
                "--topic", topic, "--frontier-topic", frontier, "--state-topic", state, "--allow-private-addresses",
                "--delay", DELAY.toMillis() + "ms", "--session-timeout", "6s", "--status-every", "1s",
                "--data", tmp.resolve("child-data").toString()));
        for (String r : site.resolve()) {
            cmd.addAll(List.of("--resolve", r));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(p);
        return p;
    }

    private static boolean ownsPartitions(Path log) {
        return lastAssignment(log).filter(line -> !line.contains("partitions []")).isPresent();
    }

    private boolean ownsPartitionsAfterLastAssignment(Path log) {
        // the in-process workers own partitions too: the group has settled with the child still a member
        return workers.stream().allMatch(w -> !w.ownedPartitions().isEmpty()) && ownsPartitions(log);
    }

    private static long childPublished(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("worker: partitions="))
                    .map(l -> l.replaceAll(".* published=(\\d+).*", "$1")).mapToLong(Long::parseLong).max().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<String> lastAssignment(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("owns frontier partitions")).reduce((a, b) -> b);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private int countRecords() {
        try {
            return TestBroker.readAll(topic, Duration.ofSeconds(2)).size();
        } catch (RuntimeException topicNotThereYet) {
            return 0;
        }
    }

    private void awaitAllArticles(Duration limit) {
        Poll.until(limit, "all " + site.ids().size() + " articles published", () -> {
            try {
                Set<String> keys = new HashSet<>();
                TestBroker.readAll(topic, Duration.ofSeconds(2)).forEach(r -> keys.add(r.key()));
                return keys.containsAll(site.ids());
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private void assertEveryArticleOnce() throws IOException {
        List<TestBroker.StoredRecord> records = TestBroker.readAll(topic, Duration.ofSeconds(10));
        Map<String, Integer> copies = new HashMap<>();
        Set<String> keysAndVersions = new HashSet<>();
        for (TestBroker.StoredRecord r : records) {
            JsonNode value = JSON.readTree(r.value());
            assertThat(keysAndVersions.add(r.key() + "#" + value.get("version").asInt()))
                    .as("duplicate (key, version): " + r.key() + " v" + value.get("version")).isTrue();
            copies.merge(r.key(), 1, Integer::sum);
        }
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(site.ids());
        assertThat(copies.values()).allMatch(n -> n == 1);
    }
}
