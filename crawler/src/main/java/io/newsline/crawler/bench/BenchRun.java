package io.newsline.crawler.bench;

import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.ArticleArrivals;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measurement: N {@code newsline worker} child processes (same jar or class path as this process) crawl the
 * bench site into fresh topics; this process reads the articles topic (read_committed) until every article arrived
 * and measures throughput, fetch-to-publish latency (arrival at a read_committed reader minus the record's
 * {@code fetchedAt}) and the workers' heap (from their status lines).
 */
public final class BenchRun {
    private static final Pattern HEAP = Pattern.compile("heapUsedMb=(\\d+) heapAfterGcMb=(\\d+)");

    /**
     * @param rate articles per second from the first to the last article read
     * @param wall from starting the workers to the last article read (includes JVM start and discovery)
     */
    public record Result(int workers, int articles, boolean complete, Duration wall, double rate, long p50Ms, long p99Ms,
                         long maxHeapUsedMb, long maxHeapAfterGcMb, Duration workerCpu,
                         long duplicates) {
        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "workers=%d articles=%d%s duplicates=%d  %.0f articles/s (wall %.1f s)  fetch-to-publish p50=%d ms p99=%d ms  heap max used=%d MB, max after GC=%d MB"
                            + "  worker CPU %.1f ms/article (%.0f articles/s per core)",
                    workers, articles, complete ? "" : " (INCOMPLETE)", duplicates, rate, wall.toMillis() / 1000.0, p50Ms, p99Ms,
                    maxHeapUsedMb, maxHeapAfterGcMb, cpuMsPerArticle(), cpuMsPerArticle() == 0 ? 0 : 1000 / cpuMsPerArticle());
        }

        /** CPU time of all workers (user + system) per article: what the rate would be on idle cores. */
        public double cpuMsPerArticle() {
            return articles == 0 ? 0 : workerCpu.toMillis() / (double) articles;
        }
    }

    private final String bootstrap;
    private final KafkaClientSettings client;
    private final BenchSite site;
    private final Path seeds;
    private final Path logDir;
    private final String heap;
    private final Duration timeout;
    private final PrintWriter log;

    public BenchRun(String bootstrap, BenchSite site, Path seeds, Path logDir, String heap, Duration timeout, PrintWriter log) {
        this(bootstrap, KafkaClientSettings.none(), site, seeds, logDir, heap, timeout, log);
    }

    /** As the other constructor, with the operator's Kafka client properties (given to the workers as environment). */
    public BenchRun(String bootstrap, KafkaClientSettings client, BenchSite site, Path seeds, Path logDir, String heap,
                    Duration timeout, PrintWriter log) {
        this.bootstrap = bootstrap;
        this.client = client;
        this.site = site;
        this.seeds = seeds;
        this.logDir = logDir;
        this.heap = heap;
        this.timeout = timeout;
        this.log = log;
    }

    public Result run(int workers) throws IOException, InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "bench.articles." + run;
        ArticleArrivals.createTopics(PublisherConfig.defaults(bootstrap).withTopic(topic).withPartitions(6).withClient(client), Duration.ofSeconds(30));
        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        Instant started = Instant.now();
        for (int i = 1; i <= workers; i++) {
            Path file = logDir.resolve("worker-" + workers + "-" + i + ".log");
            logs.add(file);
            ProcessBuilder child = new ProcessBuilder(command(topic, run)).redirectErrorStream(true).redirectOutput(file.toFile());
            child.environment().putAll(client.asEnvironment());
            children.add(child.start());
        }
        log.println("bench: " + workers + " worker(s) started, logs in " + logDir);
        log.flush();
        long[] latencies = new long[site.articles()];
        int n = 0;
        Set<String> seen = new HashSet<>();
        Instant first = null;
        Instant last = null;
        Duration cpu = Duration.ZERO;
        long records = 0;
        Set<String> versions = new HashSet<>();
        try (ArticleArrivals arrivals = ArticleArrivals.fromBeginning(bootstrap, client, topic, Duration.ofSeconds(30))) {
            Instant deadline = started.plus(timeout);
            while (seen.size() < site.articles() && Instant.now().isBefore(deadline)) {
                for (ArticleArrivals.Arrival r : arrivals.poll(Duration.ofMillis(100))) {
                    Instant now = Instant.now();
                    records++;
                    versions.add(r.id() + "#" + r.version());
                    if (seen.add(r.id())) {
                        if (r.fetchedAt().isPresent() && n < latencies.length) {
                            latencies[n++] = Duration.between(r.fetchedAt().get(), now).toMillis();
                        }
                        first = first == null ? now : first;
                        last = now;
                    }
                }
            }
        } finally {
            for (Process p : children) {
                cpu = cpu.plus(p.info().totalCpuDuration().orElse(Duration.ZERO));
            }
            for (Process p : children) {
                p.destroy(); // SIGTERM: the worker commits and leaves the group
            }
            for (Process p : children) {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        double seconds = first == null || last == null || !last.isAfter(first) ? 0
                : Duration.between(first, last).toMillis() / 1000.0;
        long[] heapMax = heapMax(logs);
        return new Result(workers, seen.size(), seen.size() == site.articles(),
                last == null ? Duration.between(started, Instant.now()) : Duration.between(started, last),
                seconds == 0 ? 0 : seen.size() / seconds, percentile(sorted, 50), percentile(sorted, 99), heapMax[0], heapMax[1], cpu,
                records - versions.size());
    }

    private List<String> command(String topic, String run) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                io.newsline.crawler.cli.Newsline.class.getName(), "worker", "--kafka", bootstrap, "--group", "bench-" + run,
                "--seeds", seeds.toString(), "--topic", topic, "--frontier-topic", "bench.frontier." + run,
                "--state-topic", "bench.state." + run, "--allow-private-addresses", "--delay", "0s", "--status-every", "2s"));
        for (String r : site.resolve()) {
            cmd.addAll(List.of("--resolve", r));
        }
        return cmd;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long[] heapMax(List<Path> logs) {
        long used = 0;
        long afterGc = 0;
        for (Path file : logs) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = HEAP.matcher(line);
                    if (m.find()) {
                        used = Math.max(used, Long.parseLong(m.group(1)));
                        afterGc = Math.max(afterGc, Long.parseLong(m.group(2)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read worker log " + file, e);
            }
        }
        return new long[] {used, afterGc};
    }
}
