package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --kafka-config}: a setting the guarantees depend on stops each command at start, naming it and the file. */
class KafkaConfigOptionTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(KafkaConfigOptionTest.class.getResource("/kafka-config/" + name).toURI());
    }

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void aCrawlWhoseKafkaConfigChangesAcksEndsWithExit2NamingTheSettingAndTheFile() throws Exception {
        Path file = fixture("acks-one.properties");

        Run r = run("crawl", "--seeds", tmp.toString(), "--data", tmp.resolve("data").toString(), "--kafka", "127.0.0.1:1",
                "--kafka-config", file.toString());

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err.strip().lines()).singleElement().asString()
                .contains("'acks'").contains(file.toString()).contains("cannot be changed");
    }

    @Test
    void aTailThatWouldReadUncommittedRecordsEndsWithExit2() throws Exception {
        Run r = run("tail", "--kafka", "127.0.0.1:1", "--kafka-config", fixture("read-uncommitted.properties").toString());

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("'isolation.level'");
    }

    @Test
    void aWorkerWithAMissingKafkaConfigFileEndsWithExit2NamingIt() {
        Path missing = tmp.resolve("client.properties");

        Run r = run("worker", "--group", "g", "--seeds", tmp.toString(), "--kafka", "127.0.0.1:1",
                "--kafka-config", missing.toString());

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains(missing.toString()).contains("--kafka-config");
    }

    @Test
    void aReplayWhoseKafkaConfigChangesAcksEndsWithExit2NamingTheSettingAndTheFile() throws Exception {
        Path file = fixture("acks-one.properties");
        Path warc = Files.createFile(tmp.resolve("empty.warc"));

        Run r = run("replay", "--data", tmp.resolve("data").toString(), "--kafka", "127.0.0.1:1", "--broker-timeout", "1s",
                "--kafka-config", file.toString(), warc.toString());

        // on the old code replay read --kafka-config and never used it: it went on to Kafka with the default client
        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("'acks'").contains(file.toString());
    }
}
