package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.testing.TestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What an operator watching {@code newsline crawl} sees: the Prometheus endpoint of {@code --metrics-port} during a
 * crawl of the newdaily mirror into the in-process broker, and the {@code --summary-json} file.
 */
class WatchingACrawlTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private NewdailyMirror mirror;
    private String topic;

    @BeforeEach
    void start() {
        mirror = new NewdailyMirror();
        topic = "watch." + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        mirror.close();
    }

    @Test
    void theMetricsEndpointCountsWhatTheCrawlDidAndWarnsOfABrokenTitleSelector() throws Exception {
        Path seeds = mirror.seeds(tmp);
        // the site "changed its markup": no title selector of the site file matches any more
        String text = Files.readString(seeds, StandardCharsets.UTF_8);
        String broken = text.replace("title: ['div#titlebox > h1', 'div.hbox > h2', 'h1']", "title: ['h1.headline-of-the-new-layout']");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(seeds, broken, StandardCharsets.UTF_8);

        String metrics;
        try (ChildProcess crawl = ChildProcess.start(tmp, "crawl", "--seeds", seeds.toString(), "--kafka", TestBroker.bootstrap(),
                "--topic", topic, "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(), "--delay", "0s",
                "--every", "1h", "--quiet", "--metrics-port", "0", "--metrics-address", "127.0.0.1")) {
            int port = crawl.metricsPort();
            crawl.awaitOutput(s -> s.contains("newsline crawl summary"), Duration.ofSeconds(90));
            var response = ChildProcess.get(port, "/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            metrics = response.body();
        }

        int onTopic = TestBroker.readAll(topic, Duration.ofSeconds(5)).size();
        assertThat(onTopic).isEqualTo(4);
        assertThat(value(metrics, "newsline_articles_total\\{outcome=\"published\"}")).as(metrics).isEqualTo(onTopic);
        // the missing page, and the articles its pages link to that the mirror does not serve
        assertThat(value(metrics, "newsline_pages_fetched_total\\{host=\"www.newdaily.co.kr\",status_class=\"4xx\"}"))
                .as("the missing page").isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "newsline_field_fallback_ratio\\{field=\"title\",site=\"newdaily\"}")).as(metrics).isGreaterThan(0);
        assertThat(value(metrics, "newsline_field_fallback_ratio\\{field=\"body\",site=\"newdaily\"}")).as(metrics).isZero();
        assertThat(value(metrics, "newsline_pending_records")).isZero();
        assertThat(value(metrics, "newsline_publish_ack_seconds_count")).isEqualTo(onTopic);
    }

    @Test
    void summaryJsonHasTheFiguresOfThePrintedSummary() throws Exception {
        Path summary = tmp.resolve("summary.json");
        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));

        int exit = cl.execute("crawl", "--seeds", mirror.seeds(tmp).toString(), "--kafka", TestBroker.bootstrap(), "--topic", topic,
                "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(), "--delay", "0s", "--quiet",
                "--summary-json", summary.toString());

        assertThat(exit).as(out.toString()).isZero();
        JsonNode json = JSON.readTree(summary.toFile());
        assertThat(json.get("result").asText()).isEqualTo("ok");
        assertThat(json.get("published").asLong()).isEqualTo(4);
        assertThat(out.toString()).contains("articles published " + json.get("published").asLong())
                .contains("pages fetched      " + json.get("fetched").asLong())
                .contains("dead-lettered      " + json.get("deadLettered").asLong());
        assertThat(json.get("deadLettered").asLong()).isEqualTo(1);
        assertThat(json.get("hosts").get("www.newdaily.co.kr").get("published").asLong()).isEqualTo(4);
        // the missing page, and the articles its pages link to that the mirror does not serve
        assertThat(json.get("skippedByReason").get("gone").asLong()).isGreaterThanOrEqualTo(1);
    }

    /** The value of the one sample whose name and labels match {@code series} (a regex), or fails. */
    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as("series " + series + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
