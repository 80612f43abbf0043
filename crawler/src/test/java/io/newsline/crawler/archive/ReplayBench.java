package io.newsline.crawler.archive;

import io.newsline.parser.Article;
import io.newsline.parser.profile.SiteProfiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Not a test: measures {@code newsline replay}'s parse throughput at 1 thread and at all cores, and the heap it
 * holds. Builds a gzip-per-record WARC of N pages by repeating the {@code source.html} pages of a devset folder
 * (each copy under its own URL; the pages are read from the folder, never copied into the repository), then replays
 * it twice with {@link ReplayRun} into a counting target (what {@code --dry-run} does, without printing).
 *
 * <pre>java -Xmx512m -cp CLASSPATH io.newsline.crawler.archive.ReplayBench /work/shared/devsets/readability-test-pages 10000</pre>
 */
public final class ReplayBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReplayBench DEVSET_DIR [PAGES=10000]");
            System.exit(2);
        }
        Path devset = Path.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<byte[]> sources = sources(devset);
        Path dir = Files.createTempDirectory("replay-bench");
        Path warc = dir.resolve("bench.warc.gz");
        try {
            write(warc, sources, pages);
            System.out.printf(Locale.ROOT, "WARC: %d pages from %d devset pages, %.1f MB%n", pages, sources.size(),
                    Files.size(warc) / 1e6);
            int cores = Runtime.getRuntime().availableProcessors();
            AtomicLong peakUsed = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(100); // sampling, not waiting for a result
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            replay(warc, 1); // warm-up: JIT, class loading
            double one = replay(warc, 1);
            double all = replay(warc, cores);
            sampler.interrupt();
            System.gc();
            System.out.printf(Locale.ROOT, "1 thread: %.0f pages/s; %d threads: %.0f pages/s; ratio %.2f; heap used at most %d MB,"
                    + " %d MB after a full GC (max heap %d MB)%n", one, cores, all, all / one, peakUsed.get() >> 20,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(warc);
            Files.deleteIfExists(dir);
        }
    }

    private static List<byte[]> sources(Path devset) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(devset)) {
            for (Path d : dirs.sorted().toList()) {
                Path source = d.resolve("source.html");
                if (Files.isRegularFile(source)) {
                    out.add(Files.readAllBytes(source));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(devset + " holds no */source.html pages");
        }
        return out;
    }

    private static void write(Path warc, List<byte[]> sources, int pages) throws IOException {
        Instant date = Instant.parse("2025-01-26T03:04:05Z");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").version(MessageVersion.HTTP_1_1)
                        .addHeader("Content-Type", "text/html; charset=utf-8").body(null, sources.get(i % sources.size())).build();
                writer.write(new WarcResponse.Builder(URI.create("https://bench.example/news/" + i + ".html"))
                        .date(date.plusSeconds(i)).body(http).build());
            }
        }
    }

    /** Pages per second parsed by a replay of {@code warc} on {@code threads} threads. */
    private static double replay(Path warc, int threads) throws InterruptedException {
        AtomicLong articles = new AtomicLong();
        ReplayTarget counting = new ReplayTarget() {
            @Override
            public boolean publish(Article article, ArchivedPage page) {
                articles.incrementAndGet();
                return true;
            }

            @Override
            public long finish() {
                return 0;
            }
        };
        ReplayRun.Outcome outcome = new ReplayRun(SiteProfiles.none(), false, ReplayFilter.ALL, threads)
                .run(List.of(warc), counting, ReplayRun.Progress.NONE);
        Duration elapsed = outcome.elapsed();
        long parsed = outcome.stats().pages();
        double rate = parsed / (elapsed.toNanos() / 1e9);
        System.out.printf(Locale.ROOT, "  %d thread(s): %d pages parsed (%d articles) in %.1f s: %.0f pages/s%n", threads, parsed,
                articles.get(), elapsed.toNanos() / 1e9, rate);
        return rate;
    }
}
