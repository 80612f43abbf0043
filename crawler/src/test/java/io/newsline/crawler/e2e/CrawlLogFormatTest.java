package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl's own messages go through SLF4J: with {@code --log-format json} every one of them is a JSON line on standard
 * error, while the progress line stays there as text and the summary on standard output.
 */
class CrawlLogFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The progress line of a run without a terminal, kept as text. */
    private static final Pattern PROGRESS = Pattern.compile("^newsline: \\d+ hosts, \\d+ queued, .*");

    @TempDir
    Path tmp;

    private NewdailyMirror mirror;

    @BeforeEach
    void start() {
        mirror = new NewdailyMirror();
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    @Test
    void logFormatJsonWritesTheCrawlsMessagesAsJsonLinesAndKeepsTheSummaryOnStandardOutput() throws Exception {
        try (ChildProcess crawl = ChildProcess.start(tmp, "crawl", "--seeds", mirror.seeds(tmp).toString(), "--kafka", TestBroker.bootstrap(),
                "--topic", "logs." + UUID.randomUUID(), "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(),
                "--delay", "0s", "--log-format", "json")) {

            assertThat(crawl.exitCode(Duration.ofSeconds(120))).as(crawl.err()).isZero();

            List<String> messages = crawl.err().lines().filter(l -> !l.isBlank() && !PROGRESS.matcher(l).matches()).toList();
            assertThat(messages).as("the crawl's messages").isNotEmpty();
            for (String line : messages) {
                JsonNode json = JSON.readTree(line);
                assertThat(json.get("level").asText()).as(line).isNotEmpty();
                assertThat(json.has("formattedMessage")).as(line).isTrue();
            }
            // the mirror's broken page is dead-lettered: said once, as a JSON line of the run's logger
            assertThat(messages).filteredOn(l -> l.contains("dead-lettered")).hasSize(1).allSatisfy(l -> {
                JsonNode json = JSON.readTree(l);
                assertThat(json.get("loggerName").asText()).isEqualTo("io.newsline.run");
                assertThat(json.get("level").asText()).isEqualTo("INFO");
            });
            assertThat(crawl.out()).contains("newsline crawl summary").contains("dead-lettered      1");
        }
    }
}
