package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The crawl state belongs to the topic and Kafka cluster it was kept for: a run against another one is refused
 * before anything is fetched (its articles would count as published there), unless {@code --reset-state}.
 */
class StateBindingTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();
    final String topic = TestBroker.uniqueTopic("bound");


    @Test
    void aCrawlToAnotherTopicWithTheSameDataIsRefusedNamingBothTopicsAndTheWaysOn() throws Exception {
        assertThat(crawl("--topic", topic).exit).isZero();
        int requests = mirror.server().getAllServeEvents().size();
        String other = TestBroker.uniqueTopic("bound-other");

        Run second = crawl("--topic", other);

        assertThat(second.exit).as(second.output).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(second.output).contains("topic '" + topic + "'").contains("topic '" + other + "'")
                .contains("--data").contains("--reset-state");
        assertThat(mirror.server().getAllServeEvents()).as("nothing fetched in vain").hasSize(requests);
    }

    @Test
    void resetStatePublishesEveryArticleAgainToTheNewTopic() throws Exception {
        assertThat(crawl("--topic", topic).exit).isZero();
        String other = TestBroker.uniqueTopic("bound-reset");

        Run second = crawl("--topic", other, "--reset-state");

        assertThat(second.exit).as(second.output).isZero();
        List<TestBroker.StoredRecord> records = TestBroker.readAll(other, Duration.ofSeconds(10));
        assertThat(records).as(second.output).hasSize(4);
        assertThat(records).extracting(r -> r.headers().get("newsline-version")).containsOnly("1");
    }

    @Test
    void aCrawlToAnotherKafkaClusterWithTheSameDataIsRefusedNamingBothClusters() throws Exception {
        assertThat(crawl("--topic", topic).exit).isZero();

        Run second = crawlWithEmbeddedBroker("--topic", topic);

        assertThat(second.exit).as(second.output).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(second.output).containsPattern("topic '" + topic + "' on Kafka cluster '[^']+', but this run publishes"
                + " to topic '" + topic + "' on Kafka cluster '[^']+'").contains("--reset-state");
    }

    @Test
    void aSecondCrawlWithTheEmbeddedBrokerIsNotRefused() throws Exception {
        assertThat(crawlWithEmbeddedBroker("--topic", topic).exit).isZero();

        Run second = crawlWithEmbeddedBroker("--topic", topic);

        assertThat(second.exit).as(second.output).isZero();
        assertThat(second.output).contains("articles published 0");
    }

    /** A crawl of the mirror into {@code --data tmp/data}, publishing to the shared test broker. */
    private Run crawl(String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--kafka", TestBroker.bootstrap()));
        return run(args);
    }

    /** A crawl of the mirror into {@code --data tmp/data}, publishing to the embedded broker it starts there. */
    private Run crawlWithEmbeddedBroker(String... options) {
        return run(List.of(options));
    }

    private Run run(List<String> options) {
        List<String> args = new ArrayList<>(List.of("crawl", "--seeds", seeds().toString(), "--data",
                tmp.resolve("data").toString(), "--resolve", mirror.resolve(), "--delay", "10ms", "--quiet"));
        args.addAll(options);
        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString());
    }

    private Path seeds() {
        try {
            return mirror.seeds(tmp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(int exit, String output) {
    }
}
