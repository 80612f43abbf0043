package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsline crawl --warc} against the newdaily mirror (WireMock) into the in-process broker, then
 * {@code newsline replay} of the archive it wrote, with an edited site file: only the articles whose extraction the
 * edit changes are published again, as version 2.
 */
class WarcReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private NewdailyMirror mirror;
    private String topic;

    @BeforeEach
    void start() {
        mirror = new NewdailyMirror();
        topic = "warc." + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    @Test
    void replayOfTheCrawlsArchiveWithAnEditedSiteFilePublishesExactlyTheChangedArticlesAsNewVersions() throws Exception {
        Path warc = tmp.resolve("warc");
        Run crawl = run("crawl", "--seeds", mirror.seeds(tmp).toString(), "--topic", topic, "--data", tmp.resolve("data").toString(),
                "--resolve", mirror.resolve(), "--delay", "10ms", "--quiet", "--kafka", TestBroker.bootstrap(), "--warc", warc.toString());
        assertThat(crawl.exit).as(crawl.output).isZero();
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(5))).hasSize(4);
        List<Path> files = warcFiles(warc);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).matches("newsline-\\d{17}-00000-.+\\.warc\\.gz");

        Path edited = editedSiteFile();
        Run replay = run("replay", files.get(0).toString(), "--seeds", edited.toString(), "--topic", topic,
                "--data", tmp.resolve("data").toString(), "--kafka", TestBroker.bootstrap(), "--quiet");

        assertThat(replay.exit).as(replay.output).isZero();
        Map<String, List<JsonNode>> byId = new TreeMap<>();
        for (TestBroker.StoredRecord r : TestBroker.readAll(topic, Duration.ofSeconds(5))) {
            JsonNode record = JSON.readTree(r.value());
            byId.computeIfAbsent(record.get("id").asText(), k -> new ArrayList<>()).add(record);
        }
        assertThat(byId.get("newdaily:2025012400313")).hasSize(2);
        assertThat(byId.get("newdaily:2025012400421")).hasSize(2);
        assertThat(byId.get("newdaily:2025012500102")).hasSize(1);
        assertThat(byId.get("newdaily:2025012500215")).hasSize(1);
        JsonNode second = byId.get("newdaily:2025012400313").get(1);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("text").asText()).doesNotContain("취임 연설");
        // fetchedAt is when the page was fetched (the WARC date, to the second), not when it was replayed
        assertThat(java.time.Instant.parse(second.get("fetchedAt").asText())).isEqualTo(java.time.Instant.parse(
                byId.get("newdaily:2025012400313").get(0).get("fetchedAt").asText()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(replay.output).contains("published 2").contains("unchanged 2");
    }

    @Test
    void replayingTheSameArchiveAgainPublishesNothing() throws Exception {
        Path warc = tmp.resolve("warc");
        Path seeds = mirror.seeds(tmp);
        Run crawl = run("crawl", "--seeds", seeds.toString(), "--topic", topic, "--data", tmp.resolve("data").toString(),
                "--resolve", mirror.resolve(), "--delay", "10ms", "--quiet", "--kafka", TestBroker.bootstrap(), "--warc", warc.toString());
        assertThat(crawl.exit).as(crawl.output).isZero();

        Run replay = run("replay", warcFiles(warc).get(0).toString(), "--seeds", seeds.toString(), "--topic", topic,
                "--data", tmp.resolve("data").toString(), "--kafka", TestBroker.bootstrap(), "--quiet");

        assertThat(replay.exit).as(replay.output).isZero();
        assertThat(replay.output).contains("published 0").contains("unchanged 4");
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(5))).hasSize(4);
    }

    /** The mirror's site file with two paragraph-removing rules, each matching one article's text only. */
    private Path editedSiteFile() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("edited"));
        String text = Files.readString(mirror.seeds(dir), StandardCharsets.UTF_8);
        String edited = text.replace("remove: ['.tag_area',",
                "remove: ['li.par:containsOwn(취임 연설)', 'li.par:containsOwn(응급 잠자리)', '.tag_area',");
        assertThat(edited).isNotEqualTo(text);
        Path file = dir.resolve("newdaily.yaml");
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Path> warcFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out + "\n" + err);
    }

    private record Run(int exit, String output) {
    }
}
