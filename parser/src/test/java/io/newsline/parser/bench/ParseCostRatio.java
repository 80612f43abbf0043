package io.newsline.parser.bench;

import io.newsline.parser.ArticleParser;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * A load-tolerant companion to {@link ParseBenchmark} for shared machines, and a way to measure on your own pages:
 * a bare jsoup parse of each page (from a String) and the full {@link ArticleParser} (from the page's bytes) run
 * side by side in alternating phases of {@code seconds} each, every phase charged with the CPU time of this thread
 * (time the thread waits for the CPU does not count). It prints the median of the per-pair rates and ratios, so a
 * machine whose speed drifts (a shared VM) moves both sides of a pair alike. Run from the repository root:
 * <pre>
 * mvn -q -B -pl parser test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newsline.parser.bench.ParseCostRatio -Dexec.args="2 9"
 * </pre>
 * Arguments: seconds per phase (default 2), pairs of phases (default 9), and optionally a folder of pages
 * ({@code NAME.html} files or {@code NAME/source.html} folders, e.g. Mozilla Readability's {@code test/test-pages})
 * and a comma-separated list of the page names in it to use; without a folder, the
 * {@value ParseBenchmark#PAGE_COUNT} pages of {@link ParseBenchmark}. Give the JVM a fixed heap
 * ({@code MAVEN_OPTS="-Xms2g -Xmx2g"}) for steadier figures.
 */
public final class ParseCostRatio {
    private static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    private ParseCostRatio() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<byte[]> bytes = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        if (args.length > 2) {
            List<String> names = args.length > 3 ? List.of(args[3].split(",")) : List.of();
            for (Path file : PageFolder.pagesIn(Path.of(args[2]), names)) {
                bytes.add(Files.readAllBytes(file));
                urls.add("http://example.invalid/" + file.getParent().getFileName() + "/" + file.getFileName());
            }
        } else {
            ParseBenchmark benchmark = new ParseBenchmark();
            benchmark.load();
            String[] html = benchmark.html();
            for (int i = 0; i < html.length; i++) {
                bytes.add(html[i].getBytes(StandardCharsets.UTF_8));
                urls.add(benchmark.urls()[i]);
            }
        }
        String[] html = bytes.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toArray(String[]::new);
        ArticleParser parser = new ArticleParser();
        SiteProfile profile = SiteProfile.generic("example.invalid");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Double> parseRates = new ArrayList<>();
        List<Double> fullRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        long sink = 0;
        for (int pair = -3; pair < pairs; pair++) { // three pairs of warm-up
            double[] rate = new double[2];
            for (int side = 0; side < 2; side++) {
                long pages = 0;
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long end = System.nanoTime() + (long) (seconds * 1e9);
                while (System.nanoTime() < end) {
                    for (int i = 0; i < html.length; i++) {
                        sink += side == 0
                                ? Jsoup.parse(html[i], urls.get(i)).childNodeSize()
                                : parser.parse(new Page(urls.get(i), bytes.get(i), "text/html; charset=utf-8", FETCHED_AT), profile).hashCode();
                        pages++;
                    }
                }
                rate[side] = pages / ((cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            }
            if (pair >= 0) {
                parseRates.add(rate[0]);
                fullRates.add(rate[1]);
                ratios.add(rate[1] / rate[0]);
            }
        }
        Collections.sort(parseRates);
        Collections.sort(fullRates);
        Collections.sort(ratios);
        System.out.println(String.format(Locale.ROOT,
                "%d pages, %d pairs of %.1f s phases, per CPU-second on one thread (median): jsoup parse of a String %.0f pages/s;"
                        + " ArticleParser from bytes %.0f pages/s; ratio %.2f (pairs ranged %.2f-%.2f)%s",
                html.length, pairs, seconds, median(parseRates), median(fullRates), median(ratios), ratios.get(0),
                ratios.get(ratios.size() - 1), sink == 42 ? " " : ""));
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
