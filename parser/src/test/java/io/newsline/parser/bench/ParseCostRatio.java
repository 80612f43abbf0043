package io.newsline.parser.bench;

import io.newsline.parser.body.GenericExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A load-tolerant companion to {@link ParseBenchmark} for shared machines: parses and extracts each page in
 * turn and charges each step with the CPU time of this thread (time spent descheduled by other processes'
 * load does not count), then prints pages per CPU-second for a bare parse, for parse +
 * {@link GenericExtractor} and for the full {@code ArticleParser}, each with its ratio to the bare parse.
 * The first half of the rounds warms up and is not counted. Run from the repository root:
 * <pre>
 * mvn -q -B -pl parser test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newsline.parser.bench.ParseCostRatio -Dexec.args=200
 * </pre>
 */
public final class ParseCostRatio {

    private ParseCostRatio() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ParseBenchmark pages = new ParseBenchmark();
        pages.load();
        String[] html = pages.html();
        String[] urls = pages.urls();
        GenericExtractor extractor = new GenericExtractor();
        long parse = 0;
        long extract = 0;
        long full = 0;
        int counted = 0;
        for (int r = 0; r < rounds; r++) {
            boolean warm = r >= rounds / 2;
            for (int i = 0; i < html.length; i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Document doc = Jsoup.parse(html[i], urls[i]);
                long t1 = cpu.getCurrentThreadCpuTime();
                extractor.extract(doc);
                long t2 = cpu.getCurrentThreadCpuTime();
                pages.articleParser(i);
                long t3 = cpu.getCurrentThreadCpuTime();
                if (warm) {
                    parse += t1 - t0;
                    extract += t2 - t1;
                    full += t3 - t2;
                    counted++;
                }
            }
        }
        double parseRate = counted / (parse / 1e9);
        double genericRate = counted / ((parse + extract) / 1e9);
        double fullRate = counted / (full / 1e9);
        System.out.println(String.format(Locale.ROOT,
                "%d pages x %d rounds, per CPU-second on one thread: jsoup parse %.0f pages/s; parse + generic"
                        + " extraction %.0f pages/s (%.2fx); ArticleParser %.0f pages/s (%.2fx)",
                html.length, rounds - rounds / 2, parseRate, genericRate, genericRate / parseRate, fullRate,
                fullRate / parseRate));
    }
}
