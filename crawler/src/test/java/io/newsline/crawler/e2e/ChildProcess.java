package io.newsline.crawler.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.cli.Newsline;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code newsline} command in a child JVM with its standard output and error in files, for tests that watch it. It logs
 * as the shipped program does (logback.xml).
 */
public final class ChildProcess implements AutoCloseable {
    private static final Pattern METRICS_PORT = Pattern.compile("metrics at http://127\\.0\\.0\\.1:(\\d+)/metrics");
    private final Process process;
    private final Path out;
    private final Path err;

    private ChildProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static ChildProcess start(Path dir, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // logback.xml as shipped (messages on standard error), not the test classpath's logback-test.xml
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), Newsline.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        return new ChildProcess(new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
    }

    public String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Polls (every 100 ms, at most {@code within}) until the output and error together satisfy {@code test}. */
    public void awaitOutput(Predicate<String> test, Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!test.test(out() + err())) {
            assertThat(System.nanoTime()).as("waited " + within + "; output:\n" + out() + err()).isLessThan(deadline);
            assertThat(process.isAlive()).as("the child ended; output:\n" + out() + err()).isTrue();
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** The port of the metrics endpoint the child printed. */
    public int metricsPort() throws IOException, InterruptedException {
        awaitOutput(s -> METRICS_PORT.matcher(s).find(), Duration.ofSeconds(60));
        Matcher m = METRICS_PORT.matcher(out() + err());
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Waits for the child to end by itself and returns its exit code. */
    public int exitCode(Duration within) throws InterruptedException, IOException {
        assertThat(process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)).as("ended within " + within + "; output:\n" + out() + err()).isTrue();
        return process.exitValue();
    }

    /** GET http://127.0.0.1:port/path. */
    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
