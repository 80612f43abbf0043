package io.newsline.crawler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import picocli.CommandLine;

/** {@code newsline replay} as a user runs it: exit codes, {@code --dry-run}, {@code --since/--until}; Kafka is the in-process broker. */
class ReplayCommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P313 = "/site/data/html/2025/01/24/2025012400313.html";
    private static final String P421 = "/site/data/html/2025/01/24/2025012400421.html";
    private static final String P102 = "/site/data/html/2025/01/25/2025012500102.html";
    private static final String SEEDS = Path.of("..", "seeds", "newdaily.yaml").toString();

    @TempDir
    Path tmp;

    private final String topic = TestBroker.uniqueTopic("replay.cli");

    @Test
    void aWholeWarcReplaysWithExitCodeZero() throws Exception {
        Path file = twoPages("whole.warc.gz");

        Run replay = replay(file.toString());

        assertThat(replay.exit).as(replay.output).isZero();
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(5))).hasSize(2);
    }

    @Test
    void aDamagedWarcExitsWithOneNamingTheFileAndOffsetAndPublishesOnlyTheRecordsBeforeTheDamage() throws Exception {
        Path file = twoPages("cut.warc.gz");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 900)); // inside the second page's response

        Run replay = replay(file.toString());

        assertThat(replay.exit).as(replay.output).isEqualTo(Newsline.EXIT_FAILED);
        assertThat(replay.output).containsPattern("damaged WARC: .*cut\\.warc\\.gz at offset \\d+");
        List<TestBroker.StoredRecord> published = TestBroker.readAll(topic, Duration.ofSeconds(5));
        assertThat(published).extracting(TestBroker.StoredRecord::key).containsExactly("newdaily:2025012400313");
    }

    @Test
    void dryRunPrintsTheArticlesAsJsonLinesAndPublishesNothing() throws Exception {
        Path first = tmp.resolve("first.warc.gz");
        new CcNewsWarcs(first, WarcCompression.GZIP).page(P313).close();
        assertThat(replay(first.toString()).exit).isZero(); // the topic exists, with one record
        Path second = tmp.resolve("second.warc.gz");
        new CcNewsWarcs(second, WarcCompression.GZIP)
                .page(P421)
                .page(P102)
                .close();

        Run dry = replay(second.toString(), "--dry-run");

        assertThat(dry.exit).as(dry.output).isZero();
        assertThat(ids(dry.stdout)).containsExactlyInAnyOrder("newdaily:2025012400421", "newdaily:2025012500102");
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(5))).extracting(TestBroker.StoredRecord::key)
                .containsExactly("newdaily:2025012400313");
    }

    @Test
    void sinceAndUntilSelectPagesByTheirWarcDate() throws Exception {
        Path file = tmp.resolve("dated.warc.gz");
        new CcNewsWarcs(file, WarcCompression.GZIP)
                .at(Instant.parse("2025-01-24T23:59:59Z")).page(P313)
                .at(Instant.parse("2025-01-25T00:00:00Z")).page(P421)
                .at(Instant.parse("2025-01-25T12:00:00Z")).page(P102)
                .close();

        Run dry = replay(file.toString(), "--dry-run", "--since", "2025-01-25", "--until", "2025-01-25T12:00:00Z");

        assertThat(dry.exit).as(dry.output).isZero();
        // the page of 01-24 is before --since, the page of 12:00 is not before --until
        assertThat(ids(dry.stdout)).containsExactly("newdaily:2025012400421");
    }

    private Path twoPages(String name) throws Exception {
        Path file = tmp.resolve(name);
        new CcNewsWarcs(file, WarcCompression.GZIP)
                .page(P313)
                .page(P102)
                .close();
        return file;
    }

    private static List<String> ids(String stdout) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith("{")) {
                JsonNode record = JSON.readTree(line);
                assertThat(record.get("version").asInt()).isEqualTo(1);
                ids.add(record.get("id").asText());
            }
        }
        return ids;
    }

    private Run replay(String... args) {
        List<String> all = new ArrayList<>(List.of("replay"));
        all.addAll(List.of(args));
        all.addAll(List.of("--seeds", SEEDS, "--topic", topic, "--data", tmp.resolve("data").toString(),
                "--kafka", TestBroker.bootstrap(), "--quiet", "--threads", "2"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), out + "\n" + err);
    }

    private record Run(int exit, String stdout, String output) {
    }
}
