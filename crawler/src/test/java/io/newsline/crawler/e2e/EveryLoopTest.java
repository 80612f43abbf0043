package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code crawl --every} in a child JVM: it runs again and again, and SIGTERM ends it cleanly with exit 0. */
class EveryLoopTest {
    @TempDir
    Path tmp;

    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();


    @Test
    void crawlsOnEachTickAndStopsCleanlyOnSigterm() throws Exception {
        String topic = "every." + UUID.randomUUID();
        Path log = tmp.resolve("crawl.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                Newsline.class.getName(), "crawl", "--seeds", mirror.seeds(tmp).toString(), "--kafka", TestBroker.bootstrap(),
                "--topic", topic, "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(),
                "--delay", "0s", "--every", "1s", "--quiet"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (count(Files.readString(log, StandardCharsets.UTF_8), "newsline crawl summary") < 2) {
                assertThat(System.nanoTime()).as("two runs within 90 s; log:\n" + Files.readString(log)).isLessThan(deadline);
                assertThat(child.isAlive()).as("child died; log:\n" + Files.readString(log)).isTrue();
                TimeUnit.MILLISECONDS.sleep(100);
            }

            child.destroy(); // SIGTERM

            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
            assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).contains("articles published 4").contains("articles published 0");
        assertThat(TestBroker.readAll(topic, Duration.ofSeconds(5))).hasSize(4);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
