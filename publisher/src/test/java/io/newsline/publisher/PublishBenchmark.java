package io.newsline.publisher;

import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Measures publish throughput into an in-process {@link EmbeddedBroker}: Korean-text records of 5-10 KB (or the real
 * records of a JSON-lines file, as {@code newsline parse} or {@code newsline tail} print them), published through
 * {@link ArticlePublisher} (encoding included) and flushed, per compression type, several runs each after a warm-up.
 * Prints records/s, MB/s of encoded values, the topic's size on disk, the process CPU time of the publishing (the
 * producer compresses, the in-process broker checks the batches) and the CPU time of one consumer reading the topic
 * back (it decompresses), each per MB of raw records.
 *
 * <pre>mvn -B -pl publisher -am test-compile exec:java -Dexec.skip=true -Dexec.mainClass=io.newsline.publisher.PublishBenchmark \
 *     [-Dexec.args="20000 3 none,gzip,lz4,snappy,zstd records.jsonl"]</pre>
 */
public final class PublishBenchmark {

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] compressions = (args.length > 2 ? args[2] : "zstd,lz4").split(",");
        int warmup = Math.max(1000, records / 10);

        Random random = new Random(42);
        List<ArticleRecord> pool = new ArrayList<>();
        if (args.length > 3) {
            for (String line : Files.readAllLines(Path.of(args[3]))) {
                if (!line.isBlank()) {
                    pool.add(ArticleRecordCodec.decode(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        } else {
            for (int i = 0; i < 2000; i++) {
                pool.add(ArticleRecords.of(SampleArticles.korean(i, 2300 + random.nextInt(2600), random), 1, null,
                        Instant.now()));
            }
        }
        long poolBytes = pool.stream().mapToLong(r -> ArticleRecordCodec.encode(r).length).sum();
        System.out.printf(Locale.ROOT, "records: %d per run (+%d warm-up), mean encoded size %.0f bytes, %d runs%n",
                records, warmup, (double) poolBytes / pool.size(), runs);

        Path dir = TestBroker.tempDir("newsline-bench-");
        try (EmbeddedBroker broker = EmbeddedBroker.start(dir, 0)) {
            for (int run = 1; run <= runs; run++) {
                for (String compression : compressions) {
                    String topic = "bench-" + compression + "-" + run;
                    PublisherConfig config = PublisherConfig.defaults(broker.bootstrapServers()).withTopic(topic)
                            .withDeadLetterTopic(topic + ".dlq");
                    try (ArticlePublisher publisher = ArticlePublisher.connect(config, Duration.ofSeconds(30),
                            compression)) {
                        publish(publisher, pool, 0, warmup);
                        long bytes = 0;
                        for (int i = 0; i < records; i++) {
                            bytes += ArticleRecordCodec.encode(pool.get(i % pool.size())).length;
                        }
                        long start = System.nanoTime();
                        long cpuStart = processCpuNanos();
                        int errors = publish(publisher, pool, warmup, records);
                        double seconds = (System.nanoTime() - start) / 1e9;
                        double publishCpuMs = (processCpuNanos() - cpuStart) / 1e6;
                        long readStart = THREADS.getCurrentThreadCpuTime();
                        int read = TestBroker.readAll(broker.bootstrapServers(), topic, Duration.ofMinutes(2)).size();
                        double readCpuMs = (THREADS.getCurrentThreadCpuTime() - readStart) / 1e6;
                        double rawMb = (bytes + warmup * (double) poolBytes / pool.size()) / 1e6;
                        System.out.printf(Locale.ROOT,
                                "run %d %-6s %8.0f records/s %7.1f MB/s  errors=%d  log files %6.1f MB for %.1f MB raw"
                                        + " (%.2fx)  publish CPU %5.0f ms/MB  read CPU %4.0f ms/MB (%d records)%n",
                                run, compression, records / seconds, bytes / seconds / 1e6, errors,
                                diskBytes(dir, topic) / 1e6, rawMb, rawMb * 1e6 / diskBytes(dir, topic),
                                publishCpuMs / (bytes / 1e6), readCpuMs / rawMb, read);
                    }
                }
            }
        } finally {
            TestBroker.deleteRecursively(dir);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Publishes {@code count} records with ids from {@code offset}, flushes, and returns how many failed. */
    private static int publish(ArticlePublisher publisher, List<ArticleRecord> pool, int offset, int count) {
        List<CompletableFuture<Delivery>> acks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ArticleRecord r = pool.get(i % pool.size());
            String id = "bench:" + (offset + i);
            acks.add(publisher.publish(new ArticleRecord(r.schemaVersion(), id, r.version(), r.previousContentHash(),
                    r.contentHash(), r.url(), r.canonicalUrl(), r.site(), r.profile(), r.section(), r.language(),
                    r.title(), r.subtitle(), r.authors(), r.publishedAt(), r.modifiedAt(), r.paragraphs(), r.text(),
                    r.images(), r.tags(), r.paywalled(), r.fetchedAt(), r.extraction())));
        }
        publisher.flush();
        return (int) acks.stream().filter(CompletableFuture::isCompletedExceptionally).count();
    }

    private static long diskBytes(Path dataDir, String topic) {
        try (Stream<Path> files = Files.walk(dataDir.resolve("kafka"))) {
            return files.filter(p -> p.getParent().getFileName().toString().startsWith(topic + "-"))
                    .filter(p -> p.getFileName().toString().endsWith(".log")) // indexes are preallocated
                    .filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
