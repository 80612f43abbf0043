package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.cli.Newsline;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.testing.Poll;
import io.newsline.crawler.worker.WorkerConfig;
import io.newsline.crawler.worker.WorkerRun;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.testing.SecureTestBroker;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code crawl} and {@code worker} against a Kafka that takes only TLS with SCRAM-SHA-512 logins, configured with
 * {@code --kafka-config} as an operator would; a refused login or an untrusted certificate ends the command at once.
 */
class SecureKafkaTest {
    private static final Duration READ = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private NewdailyMirror mirror;
    private String topic;

    @BeforeEach
    void start() {
        mirror = new NewdailyMirror();
        topic = "secure." + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    @Test
    void aCrawlPublishesThroughTheSaslSslListenerAndTailReadsItBack() throws Exception {
        String config = SecureTestBroker.clientConfig().toString();
        Run run = command("crawl", "--kafka-config", config);

        assertThat(run.exit).as(run.err).isZero();
        assertThat(TestBroker.readAll(SecureTestBroker.plainBootstrap(), topic, READ)).hasSize(4);
        StringWriter tailed = new StringWriter();
        CommandLine tail = Newsline.commandLine();
        tail.setOut(new PrintWriter(tailed));
        tail.setErr(new PrintWriter(new StringWriter()));
        assertThat(tail.execute("tail", "--kafka", SecureTestBroker.bootstrap(), "--kafka-config", config, "--topic", topic,
                "--from-beginning", "--max", "4", "--timeout", "20s")).isZero();
        assertThat(tailed.toString().strip().lines()).hasSize(4);
    }

    @Test
    void aCrawlWithAWrongPasswordEndsWithExit2AndOneLineNamingTheLogin() throws Exception {
        Run run = command("crawl", "--kafka-config", SecureTestBroker.wrongPasswordConfig().toString());

        assertThat(run.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(run.err.strip().lines()).as(run.err).singleElement().asString()
                .startsWith("newsline crawl: Kafka at " + SecureTestBroker.bootstrap() + " refused the login")
                .doesNotContain("wrong-scram-pw");
        assertThat(mirror.server().getAllServeEvents()).as("nothing fetched in vain").isEmpty();
    }

    @Test
    void aCrawlThatDoesNotTrustTheBrokersCaEndsWithExit2AndOneLineNamingTheTrustStore() throws Exception {
        Run run = command("crawl", "--kafka-config", SecureTestBroker.wrongCaConfig().toString());

        assertThat(run.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(run.err.strip().lines()).as(run.err).singleElement().asString()
                .contains("TLS handshake failed").contains("ssl.truststore.location");
    }

    @Test
    void aWorkerWithAWrongPasswordEndsWithExit2AndOneLine() throws Exception {
        Run run = command("worker", "--kafka-config", SecureTestBroker.wrongPasswordConfig().toString(),
                "--group", "secure-" + UUID.randomUUID());

        assertThat(run.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(run.err.strip().lines()).as(run.err).singleElement().asString()
                .startsWith("newsline worker: Kafka at " + SecureTestBroker.bootstrap() + " refused the login");
    }

    @Test
    void aWorkerPublishesThroughTheSaslSslListener() throws Exception {
        Path seeds = mirror.seeds(tmp);
        WorkerConfig config = WorkerConfig.builder(SecureTestBroker.bootstrap(), "secure-" + UUID.randomUUID(), seeds)
                .kafkaClient(KafkaClientSettings.load(Optional.of(SecureTestBroker.clientConfig()), Map.of()))
                .topic(topic)
                .frontierTopic(topic + ".frontier")
                .stateTopic(topic + ".state")
                .partitions(2)
                .fetch(FetchConfig.defaults().withResolve(List.of(ResolveEntry.parse(mirror.resolve())))
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(Duration.ofMillis(10)))
                .sessionTimeout(Duration.ofSeconds(6))
                .build();
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        try (HttpFetcher fetcher = new HttpFetcher(config.settings().fetch())) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE);
            Thread t = new Thread(worker::run, "secure-worker");
            t.setDaemon(true);
            t.start();
            try {
                Poll.until(Duration.ofSeconds(90), "the worker's 4 articles on the topic", () -> published() >= 4);
            } finally {
                worker.stop();
                worker.awaitStopped(Duration.ofSeconds(60));
            }
        }
        assertThat(published()).isEqualTo(4);
    }

    private int published() {
        try {
            return TestBroker.readAll(SecureTestBroker.plainBootstrap(), topic, READ).size();
        } catch (IllegalStateException notYetCreated) {
            return 0;
        }
    }

    private Run command(String name, String... extra) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of(name, "--seeds", mirror.seeds(tmp).toString(), "--topic", topic,
                "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(), "--delay", "10ms",
                "--kafka", SecureTestBroker.bootstrap(), "--broker-timeout", "20s"));
        if (name.equals("crawl")) {
            args.add("--quiet");
        }
        args.addAll(List.of(extra));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
