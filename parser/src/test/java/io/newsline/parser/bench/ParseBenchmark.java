package io.newsline.parser.bench;

import io.newsline.parser.ArticleParser;
import io.newsline.parser.body.GenericExtractor;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second on one thread for (a) a bare {@code Jsoup.parse}, (b) the full {@link ArticleParser}
 * (decode, parse, extract) and (c) {@code Jsoup.parse} plus the {@link GenericExtractor}, over the same real
 * pages: by default the {@value #PAGE_COUNT} under {@code src/test/resources/devsets/readability}, or those of a
 * folder ({@code -p folder=DIR}, optionally {@code -p names=A:B:C}). Each invocation handles one page, the pages
 * in turn, so the reported ops/s are pages/s.
 *
 * <p>Run from the repository root (exec:exec, not exec:java, so that JMH's forked JVM gets the test class path):
 * <pre>
 * mvn -q -B -pl parser test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.openjdk.jmh.Main -f 1 -wi 3 -i 5 ParseBenchmark"
 * </pre>
 * On a busy shared machine JMH's averages swing with other processes' load; {@link ParseCostRatio} gives
 * steadier paired medians for the same pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {

    static final int PAGE_COUNT = 20;
    private static final List<String> PAGES = List.of(
            "aclu", "ars-1", "bbc-1", "blogger", "citylab-1", "folha", "heise", "la-nacion", "lemonde-1",
            "liberation-1", "lwn-1", "medium-1", "nytimes-1", "qq", "salon-1", "seattletimes-1", "telegraph",
            "tmz-1", "wapo-1", "wapo-2");
    private static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    /** A folder of pages ({@code NAME/source.html} or {@code NAME.html}) to measure instead of the built-in set. */
    @Param({""})
    public String folder = "";
    /** The names of the pages in {@link #folder} to use, separated by colons; all when empty. */
    @Param({""})
    public String names = "";

    private String[] urls;
    private String[] html;
    private byte[][] bytes;
    private int next;
    private final ArticleParser parser = new ArticleParser();
    private final GenericExtractor extractor = new GenericExtractor();
    private final SiteProfile profile = SiteProfile.generic("example.invalid");

    @Setup
    public void load() {
        if (PAGES.size() != PAGE_COUNT) {
            throw new IllegalStateException("PAGE_COUNT must equal the number of pages, " + PAGES.size());
        }
        List<String> pageNames = new ArrayList<>();
        List<byte[]> pageBytes = new ArrayList<>();
        if (folder.isEmpty()) {
            for (String page : PAGES) {
                pageNames.add(page);
                pageBytes.add(read("/devsets/readability/" + page + "/source.html"));
            }
        } else {
            List<String> wanted = names.isEmpty() ? List.of() : List.of(names.split("[:,]"));
            for (Path file : PageFolder.pagesIn(Path.of(folder), wanted)) {
                pageNames.add(PageFolder.nameOf(Path.of(folder), file));
                pageBytes.add(readFile(file));
            }
        }
        int n = pageNames.size();
        urls = new String[n];
        html = new String[n];
        bytes = pageBytes.toArray(new byte[0][]);
        for (int i = 0; i < n; i++) {
            html[i] = new String(bytes[i], StandardCharsets.UTF_8);
            urls[i] = "http://example.invalid/" + pageNames.get(i);
        }
    }

    /** The index of the page the next invocation handles: each invocation handles one page, in turn. */
    private int nextPage() {
        int i = next;
        next = i + 1 == html.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Object jsoupParse() {
        int i = nextPage();
        return Jsoup.parse(html[i], urls[i]);
    }

    /** What a crawler's bare parse costs: jsoup reading the fetched bytes (decoding included), as ArticleParser does. */
    @Benchmark
    public Object jsoupParseBytes() throws IOException {
        return parseBytes(nextPage());
    }

    /** Parses page {@code i} from its bytes with jsoup alone. */
    org.jsoup.nodes.Document parseBytes(int i) throws IOException {
        return Jsoup.parse(new java.io.ByteArrayInputStream(bytes[i]), "UTF-8", urls[i]);
    }

    @Benchmark
    public Object articleParser() {
        int i = nextPage();
        return parser.parse(new Page(urls[i], bytes[i], "text/html; charset=utf-8", FETCHED_AT), profile);
    }

    @Benchmark
    public Object jsoupParseAndGenericExtractor() {
        int i = nextPage();
        return extractor.extract(Jsoup.parse(html[i], urls[i]));
    }

    String[] html() {
        return html.clone();
    }

    String[] urls() {
        return urls.clone();
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark page " + file, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ParseBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("benchmark page " + resource + " is missing from src/test/resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark page " + resource, e);
        }
    }
}
