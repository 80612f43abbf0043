package io.newsline.parser.bench;

import io.newsline.parser.body.GenericExtractor;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A load-tolerant companion to {@link ParseBenchmark} for shared machines: parses and extracts each page in
 * turn, keeps the best time of each step per page over many rounds, and prints pages/s for a bare parse, for
 * parse + {@link GenericExtractor} and for the full {@code ArticleParser}, each with its ratio to the bare parse. Best-of timings hide bursts of load from other
 * processes that swamp JMH's averages on a busy two-core box. Run from the repository root:
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
        ParseBenchmark pages = new ParseBenchmark();
        pages.load();
        String[] html = pages.html();
        String[] urls = pages.urls();
        GenericExtractor extractor = new GenericExtractor();
        long[] parse = new long[html.length];
        long[] extract = new long[html.length];
        long[] full = new long[html.length];
        Arrays.fill(parse, Long.MAX_VALUE);
        Arrays.fill(extract, Long.MAX_VALUE);
        Arrays.fill(full, Long.MAX_VALUE);
        int blocks = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < html.length; i++) {
                long t0 = System.nanoTime();
                Document doc = Jsoup.parse(html[i], urls[i]);
                long t1 = System.nanoTime();
                blocks += extractor.extract(doc).blocks().size();
                long t2 = System.nanoTime();
                pages.articleParser(i);
                long t3 = System.nanoTime();
                parse[i] = Math.min(parse[i], t1 - t0);
                extract[i] = Math.min(extract[i], t2 - t1);
                full[i] = Math.min(full[i], t3 - t2);
            }
        }
        double parseSeconds = Arrays.stream(parse).sum() / 1e9;
        double extractSeconds = Arrays.stream(extract).sum() / 1e9;
        double fullSeconds = Arrays.stream(full).sum() / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "%d pages, best of %d rounds: jsoup parse %.0f pages/s; parse + generic extraction %.0f pages/s"
                        + " (%.2fx); ArticleParser %.0f pages/s (%.2fx); %d blocks",
                html.length, rounds, html.length / parseSeconds, html.length / (parseSeconds + extractSeconds),
                parseSeconds / (parseSeconds + extractSeconds), html.length / fullSeconds, parseSeconds / fullSeconds,
                blocks / rounds));
    }
}
