package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.publisher.EmbeddedBroker;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsline worker --metrics-port}: its {@code /health} endpoint and its log lines, as an orchestrator and a log shipper see them. */
class WorkerHealthTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void healthIsUpWhileKafkaAnswersAndDownNamingKafkaOnceItStops() throws Exception {
        NewdailyMirror mirror = new NewdailyMirror();
        EmbeddedBroker broker = EmbeddedBroker.start(tmp.resolve("broker"), 0);
        try (mirror; broker; ChildProcess worker = startWorker(mirror, broker)) {
            int port = worker.metricsPort();
            HttpResponse<String> up = awaitHealth(port, 200);
            assertThat(JSON.readTree(up.body()).get("status").asText()).isEqualTo("up");

            broker.close();

            HttpResponse<String> down = awaitHealth(port, 503);
            JsonNode body = JSON.readTree(down.body());
            assertThat(body.get("status").asText()).isEqualTo("down");
            assertThat(body.get("checks").get("kafka").asText()).contains(broker.bootstrapServers());
            assertThat(body.get("checks").get("state_store").asText()).isEqualTo("ok");
        }
    }

    @Test
    void logFormatJsonAndLogLevelInfoWriteTheWorkersMessagesAsJsonLines() throws Exception {
        NewdailyMirror mirror = new NewdailyMirror();
        EmbeddedBroker broker = EmbeddedBroker.start(tmp.resolve("broker"), 0);
        try (mirror; broker; ChildProcess worker = startWorker(mirror, broker, "--log-format", "json", "--log-level", "info")) {
            worker.awaitOutput(s -> s.contains("owns frontier partitions"), Duration.ofSeconds(90));

            String line = (worker.out() + worker.err()).lines().filter(l -> l.contains("owns frontier partitions")).findFirst().orElseThrow();
            JsonNode json = JSON.readTree(line);
            assertThat(json.get("level").asText()).isEqualTo("INFO");
            assertThat(json.get("loggerName").asText()).isEqualTo("io.newsline.run");
            assertThat(json.get("formattedMessage").asText()).contains("owns frontier partitions");
        }
    }

    private ChildProcess startWorker(NewdailyMirror mirror, EmbeddedBroker broker, String... extra) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("worker", "--group", "g-health",
                "--seeds", mirror.seeds(tmp).toString(), "--kafka", broker.bootstrapServers(), "--data", tmp.resolve("data").toString(),
                "--resolve", mirror.resolve(), "--delay", "0s", "--partitions", "1", "--metrics-port", "0", "--metrics-address", "127.0.0.1"));
        args.addAll(java.util.List.of(extra));
        return ChildProcess.start(tmp, args.toArray(String[]::new));
    }

    /** Polls /health (every 200 ms, at most 90 s) until it answers {@code status}. */
    private static HttpResponse<String> awaitHealth(int port, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            HttpResponse<String> r = ChildProcess.get(port, "/health");
            if (r.statusCode() == status) {
                return r;
            }
            assertThat(System.nanoTime()).as("/health still " + r.statusCode() + ": " + r.body()).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
