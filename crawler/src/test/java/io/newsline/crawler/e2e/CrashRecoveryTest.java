package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Nothing lost, nothing duplicated: crawls killed with SIGKILL at different moments, and a broker stopped
 * mid-run, each followed by a clean run; the topic read back with read_committed must hold every article once.
 */
class CrashRecoveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 40;

    @TempDir
    Path tmp;

    private GeneratedNewsSite site;
    private String topic;

    @BeforeEach
    void start() {
        site = new GeneratedNewsSite(ARTICLES);
        topic = "crash." + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void crawlsKilledWithSigkillThenRerunPublishEveryArticleExactlyOnce() throws Exception {
        Path seeds = site.seeds(tmp);
        Path data = tmp.resolve("data");
        for (int published : new int[] {3, 11, 25}) {
            Process child = childCrawl(seeds, data, TestBroker.bootstrap());
            waitForRecords(published, Duration.ofSeconds(60), child);
            child.destroyForcibly(); // SIGKILL, mid-run
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Run last = crawl(seeds, data, TestBroker.bootstrap());

        assertThat(last.exit).as(last.output).isZero();
        assertEveryArticleOnce(TestBroker.readAll(TestBroker.bootstrap(), topic, Duration.ofSeconds(5)));
    }

    @Test
    void brokerStoppedMidRunFailsTheRunAndTheRerunCompletesWithoutLossOrDuplicates() throws Exception {
        Path seeds = site.seeds(tmp);
        Path data = tmp.resolve("data");
        Path brokerDir = tmp.resolve("broker");
        EmbeddedBroker broker = EmbeddedBroker.start(brokerDir, 0);
        int port = broker.port();
        String bootstrap = broker.bootstrapServers();
        Run failed;
        try {
            CompletableFuture<Run> first = CompletableFuture.supplyAsync(() -> crawl(seeds, data, bootstrap, "--delay", "100ms",
                    "--delivery-timeout", "5s"));
            waitForRecords(bootstrap, 5, Duration.ofSeconds(60));
            broker.close();
            failed = first.get(120, TimeUnit.SECONDS);
        } finally {
            broker.close();
        }

        assertThat(failed.exit).as(failed.output).isEqualTo(Newsline.EXIT_FAILED);
        assertThat(failed.output).contains("wait for the next run");
        try (EmbeddedBroker again = EmbeddedBroker.start(brokerDir, port)) {
            Run rerun = crawl(seeds, data, again.bootstrapServers());
            assertThat(rerun.exit).as(rerun.output).isZero();
            assertEveryArticleOnce(TestBroker.readAll(again.bootstrapServers(), topic, Duration.ofSeconds(5)));
        }
    }

    private void assertEveryArticleOnce(List<TestBroker.StoredRecord> records) throws Exception {
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

    private void waitForRecords(int atLeast, Duration timeout, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(TestBroker.bootstrap()) >= atLeast || !child.isAlive()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private void waitForRecords(String bootstrap, int atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(bootstrap) >= atLeast) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("fewer than " + atLeast + " records in " + topic + " after " + timeout);
    }

    private int count(String bootstrap) {
        try {
            return TestBroker.readAll(bootstrap, topic, Duration.ofSeconds(1)).size();
        } catch (RuntimeException topicNotCreatedYetOrBrokerBusy) {
            return 0;
        }
    }

    private Process childCrawl(Path seeds, Path data, String bootstrap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                Newsline.class.getName()));
        cmd.addAll(args(seeds, data, bootstrap, "--delay", "20ms"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private Run crawl(Path seeds, Path data, String bootstrap, String... extra) {
        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args(seeds, data, bootstrap, extra).toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private List<String> args(Path seeds, Path data, String bootstrap, String... extra) {
        List<String> args = new ArrayList<>(List.of("crawl", "--seeds", seeds.toString(), "--kafka", bootstrap, "--topic", topic,
                "--data", data.toString(), "--resolve", site.resolve(), "--quiet"));
        args.addAll(List.of(extra));
        if (!args.contains("--delay")) {
            args.addAll(List.of("--delay", "0s"));
        }
        return args;
    }

    private record Run(int exit, String output) {
    }
}
