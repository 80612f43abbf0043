package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.newsline.crawler.cli.Newsline;
import io.newsline.crawler.testing.Poll;
import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The guarantees both ways of running Newsline give, proven on the same assertions against each: {@code newsline crawl}
 * (the engine over the local SQLite store) and {@code newsline worker} (the engine over the Kafka-replicated store).
 * Every run is a child JVM started from this test's class path against a WireMock site on 127.0.0.1 and a real
 * in-process broker; the topic is read back read_committed, the site's request journal gives the politeness gaps.
 * A new mode joins by adding a {@link Mode} constant.
 */
class ModeContractTest {
    private static final int ARTICLES = 10;
    private static final Duration DELAY = Duration.ofMillis(300);
    private static final Duration SETTLE = Duration.ofSeconds(150);

    /** The two ways of running the one engine, as a child process: its command line and how a run is finished. */
    enum Mode {
        /** One run crawls the site once and exits; its store is the SQLite file in {@code --data}. */
        CRAWL {
            @Override
            List<String> args(Setup s, String slot) {
                return List.of("crawl", "--data", s.tmp.resolve("data").toString(), "--quiet", "--delivery-timeout", "5s");
            }

            @Override
            void settle(ModeContractTest t, String slot, Predicate<List<ArticleRecord>> done) throws Exception {
                Process p = t.start(this, slot);
                assertThat(p.waitFor(SETTLE.toSeconds(), TimeUnit.SECONDS)).as("crawl finished within " + SETTLE).isTrue();
                assertThat(p.exitValue()).as(t.log(slot)).isZero();
                assertThat(done.test(t.records())).as("after a complete crawl run: " + t.records()).isTrue();
            }
        },
        /** Workers never exit: a run is finished when the topic shows what is expected, then it is stopped (SIGTERM). */
        WORKER {
            @Override
            List<String> args(Setup s, String slot) {
                return List.of("worker", "--group", "contract-" + s.run, "--frontier-topic", "contract.frontier." + s.run,
                        "--state-topic", "contract.state." + s.run, "--data", s.tmp.resolve("data-" + slot).toString(),
                        "--partitions", "2", "--session-timeout", "6s", "--recrawl-scan-every", "1s", "--status-every", "1s");
            }

            @Override
            void settle(ModeContractTest t, String slot, Predicate<List<ArticleRecord>> done) throws Exception {
                Process p = t.start(this, slot);
                Poll.until(SETTLE, "the worker publishing what is expected; log: " + t.logFile(slot),
                        () -> done.test(t.recordsOrNone()) || !p.isAlive());
                assertThat(p.isAlive()).as("worker still running: " + t.log(slot)).isTrue();
                t.stop(p);
            }
        };

        abstract List<String> args(Setup s, String slot);

        /** Starts a process in {@code slot} and returns once it has done its work, {@code done} holding on the topic. */
        abstract void settle(ModeContractTest t, String slot, Predicate<List<ArticleRecord>> done) throws Exception;
    }

    /** What all processes of one test share. */
    record Setup(Path tmp, String run, Path seeds) {
    }

    @TempDir
    Path tmp;

    private final List<Process> children = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "contract.articles." + run;
    private GeneratedNewsSite site;
    private Setup setup;
    private String bootstrap;
    private List<String> resolve;

    @BeforeEach
    void start() throws IOException {
        site = new GeneratedNewsSite(ARTICLES);
        setup = new Setup(tmp, run, site.seeds(tmp));
        bootstrap = TestBroker.bootstrap();
        resolve = List.of(site.resolve());
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : children) {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        site.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void everyArticleVersionIsPublishedExactlyOnceAcrossProcessesKilledAtRandomPoints(Mode mode) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int kill = 0; kill < 2; kill++) {
            startAndKillAfter(mode, "a", 1 + random.nextInt(3), "seed " + seed);
        }

        mode.settle(this, "a", records -> ids(records).containsAll(site.ids()));

        assertEveryArticleOnce(records(), "seed " + seed);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aSecondPassPublishesOneNextVersionOfTheEditedArticleAndNothingForThoseAnsweredNotModified(Mode mode)
            throws Exception {
        mode.settle(this, "a", records -> ids(records).containsAll(site.ids()));
        ArticleRecord first = only(records(), site.ids().get(3));
        Set<UUID> before = requestIds();

        site.edit(3);
        mode.settle(this, "a", records -> records.size() > ARTICLES && othersAnsweredNotModifiedSince(before, 3));

        assertThat(othersAnsweredNotModifiedSince(before, 3)).as("the other articles fetched again and answered 304").isTrue();
        List<ArticleRecord> records = records();
        assertThat(records).as("one new record: the edit").hasSize(ARTICLES + 1);
        ArticleRecord edit = records.stream().filter(r -> r.version() == 2).findFirst().orElseThrow();
        assertThat(edit.id()).isEqualTo(site.ids().get(3));
        assertThat(edit.previousContentHash()).isEqualTo(first.contentHash());
        assertThat(edit.contentHash()).isNotEqualTo(first.contentHash());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aBrokerLostMidRunLosesAndDuplicatesNothing(Mode mode) throws Exception {
        Path brokerDir = tmp.resolve("broker");
        EmbeddedBroker broker = EmbeddedBroker.start(brokerDir, 0);
        int port = broker.port();
        bootstrap = broker.bootstrapServers();
        try {
            Process p = start(mode, "a");
            Poll.until(SETTLE, "3 articles published", () -> recordsOrNone().size() >= 3);
            broker.close();
            if (mode == Mode.CRAWL) {
                assertThat(p.waitFor(SETTLE.toSeconds(), TimeUnit.SECONDS)).as("the crawl gave up").isTrue();
                assertThat(p.exitValue()).as(log("a")).isEqualTo(Newsline.EXIT_FAILED);
            }
            broker = EmbeddedBroker.start(brokerDir, port);
            if (mode == Mode.CRAWL) {
                mode.settle(this, "a", records -> ids(records).containsAll(site.ids()));
            } else {
                Poll.until(SETTLE, "the worker recovering and publishing every article; log: " + logFile("a"),
                        () -> ids(recordsOrNone()).containsAll(site.ids()) || !p.isAlive());
                assertThat(p.isAlive()).as("worker survived the outage: " + log("a")).isTrue();
                stop(p);
            }
            assertEveryArticleOnce(records(), "across the outage");
        } finally {
            broker.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void noTwoRequestsToTheSiteAreCloserThanTheDelayAcrossAKillAndAHandOver(Mode mode) throws Exception {
        if (mode == Mode.WORKER) {
            Process a = start(mode, "a");
            Poll.until(SETTLE, "worker a publishing", () -> recordsOrNone().size() >= 2 || !a.isAlive());
            Process b = start(mode, "b"); // joins the group: a hands partitions over to b
            Poll.until(SETTLE, "worker b owning partitions; log: " + logFile("b"), () -> ownsPartitions("b"));
            a.destroyForcibly(); // and b takes over what a still owned
            assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Poll.until(SETTLE, "every article published", () -> ids(recordsOrNone()).containsAll(site.ids()));
            stop(b);
        } else {
            startAndKillAfter(mode, "a", 2, "kill after 2");
            mode.settle(this, "a", records -> ids(records).containsAll(site.ids()));
        }

        assertThat(smallestGap()).as("smallest gap between two requests to the site").isGreaterThanOrEqualTo(DELAY);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void anArticleOnASecondHostLinkedFromAnArticleIsPublishedOnceSayingWhichPageLinkedIt(Mode mode) throws Exception {
        try (TwoHostPaper paper = new TwoHostPaper()) {
            setup = new Setup(tmp, run, paper.seeds(tmp));
            resolve = paper.resolve();
            String south = paper.southArticle(2001);

            mode.settle(this, "a", records -> records.stream().anyMatch(r -> r.url().equals(south)));

            List<ArticleRecord> linked = records().stream().filter(r -> r.url().equals(south)).toList();
            assertThat(linked).as("records of " + south).hasSize(1);
            assertThat(linked.get(0).extraction().foundBy()).isEqualTo(new ArticleRecord.FoundBy("link", paper.northArticle()));
        }
    }

    private void startAndKillAfter(Mode mode, String slot, int more, String why) throws Exception {
        int seen = recordsOrNone().size();
        Process p = start(mode, slot);
        Poll.until(SETTLE, more + " more records (" + why + "); log: " + logFile(slot),
                () -> recordsOrNone().size() >= seen + more || !p.isAlive());
        p.destroyForcibly(); // SIGKILL, mid-run
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    Process start(Mode mode, String slot) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dlogback.configurationFile=logback.xml", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Newsline.class.getName()));
        cmd.addAll(mode.args(setup, slot));
        cmd.addAll(List.of("--seeds", setup.seeds().toString(), "--kafka", bootstrap, "--topic", topic,
                "--allow-private-addresses", "--delay", DELAY.toMillis() + "ms"));
        resolve.forEach(r -> cmd.addAll(List.of("--resolve", r)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(slot).toFile())).start();
        children.add(p);
        return p;
    }

    /** Stops a worker as an operator does (SIGTERM: it finishes running fetches and commits). */
    void stop(Process p) throws InterruptedException {
        p.destroy();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }

    Path logFile(String slot) {
        return tmp.resolve("child-" + slot + ".log");
    }

    String log(String slot) {
        try {
            return Files.readString(logFile(slot), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean ownsPartitions(String slot) {
        return log(slot).lines().anyMatch(l -> l.contains("owns frontier partitions") && !l.contains("partitions []"));
    }

    /** The committed records of the topic, read to its end. */
    List<ArticleRecord> records() {
        return TestBroker.readAll(bootstrap, topic, Duration.ofSeconds(60)).stream()
                .map(r -> ArticleRecordCodec.decode(r.value())).toList();
    }

    /** As {@link #records()}, or none while the topic does not exist yet or an open transaction hides its end. */
    List<ArticleRecord> recordsOrNone() {
        try {
            return TestBroker.readAll(bootstrap, topic, Duration.ofSeconds(2)).stream()
                    .map(r -> ArticleRecordCodec.decode(r.value())).toList();
        } catch (RuntimeException notYet) {
            return List.of();
        }
    }

    private static Set<String> ids(List<ArticleRecord> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static ArticleRecord only(List<ArticleRecord> records, String id) {
        List<ArticleRecord> of = records.stream().filter(r -> r.id().equals(id)).toList();
        assertThat(of).as("records of " + id).hasSize(1);
        return of.get(0);
    }

    private void assertEveryArticleOnce(List<ArticleRecord> records, String context) {
        Map<String, Integer> copies = new HashMap<>();
        Set<String> idsAndVersions = new HashSet<>();
        for (ArticleRecord r : records) {
            assertThat(idsAndVersions.add(r.id() + "#" + r.version())).as("duplicate (id, version) " + r.id() + " v"
                    + r.version() + " (" + context + ")").isTrue();
            copies.merge(r.id(), 1, Integer::sum);
        }
        assertThat(copies.keySet()).as(context).containsExactlyInAnyOrderElementsOf(site.ids());
        assertThat(copies.values()).as("records per article (" + context + ")").allMatch(n -> n == 1);
    }

    private Set<UUID> requestIds() {
        Set<UUID> ids = new HashSet<>();
        site.requests().forEach(e -> ids.add(e.getId()));
        return ids;
    }

    private List<ServeEvent> articleRequestsSince(Set<UUID> before) {
        return site.requests().stream().filter(e -> !before.contains(e.getId()))
                .filter(e -> e.getRequest().getUrl().contains("/site/data/html/")).toList();
    }

    /** Whether every article but {@code edited} was requested since {@code before} and answered 304 Not Modified. */
    private boolean othersAnsweredNotModifiedSince(Set<UUID> before, int edited) {
        Set<String> paths = new HashSet<>();
        articleRequestsSince(before).stream().filter(e -> e.getResponse().getStatus() == 304)
                .forEach(e -> paths.add(e.getRequest().getUrl()));
        paths.remove(site.path(edited));
        return paths.size() >= ARTICLES - 1;
    }

    /** The smallest gap between the arrivals of two requests to the site, over the whole test, from WireMock's journal. */
    private Duration smallestGap() {
        List<Long> times = new ArrayList<>();
        site.requests().forEach(e -> times.add(e.getRequest().getLoggedDate().getTime()));
        times.sort(Long::compare);
        long min = Long.MAX_VALUE;
        for (int i = 1; i < times.size(); i++) {
            min = Math.min(min, times.get(i) - times.get(i - 1));
        }
        return Duration.ofMillis(min);
    }
}
