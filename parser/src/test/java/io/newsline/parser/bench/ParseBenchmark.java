package io.newsline.parser.bench;

import io.newsline.parser.ArticleParser;
import io.newsline.parser.body.GenericExtractor;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second on one thread for (a) a bare {@code Jsoup.parse}, (b) the full {@link ArticleParser}
 * (decode, parse, extract) and (c) {@code Jsoup.parse} plus the {@link GenericExtractor}, over the same
 * {@value #PAGE_COUNT} real pages. Each invocation handles every page once, so the reported ops/s are pages/s.
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

    private String[] urls;
    private String[] html;
    private byte[][] bytes;
    private final ArticleParser parser = new ArticleParser();
    private final GenericExtractor extractor = new GenericExtractor();
    private final SiteProfile profile = SiteProfile.generic("example.invalid");

    @Setup
    public void load() {
        if (PAGES.size() != PAGE_COUNT) {
            throw new IllegalStateException("PAGE_COUNT must equal the number of pages, " + PAGES.size());
        }
        urls = new String[PAGE_COUNT];
        html = new String[PAGE_COUNT];
        bytes = new byte[PAGE_COUNT][];
        for (int i = 0; i < PAGE_COUNT; i++) {
            String resource = "/devsets/readability/" + PAGES.get(i) + "/source.html";
            bytes[i] = read(resource);
            html[i] = new String(bytes[i], StandardCharsets.UTF_8);
            urls[i] = "http://example.invalid/" + PAGES.get(i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGE_COUNT)
    public void jsoupParse(Blackhole bh) {
        for (int i = 0; i < PAGE_COUNT; i++) {
            bh.consume(Jsoup.parse(html[i], urls[i]));
        }
    }

    /** What a crawler's bare parse costs: jsoup reading the fetched bytes (decoding included), as ArticleParser does. */
    @Benchmark
    @OperationsPerInvocation(PAGE_COUNT)
    public void jsoupParseBytes(Blackhole bh) throws java.io.IOException {
        for (int i = 0; i < PAGE_COUNT; i++) {
            bh.consume(parseBytes(i));
        }
    }

    /** Parses page {@code i} from its bytes with jsoup alone. */
    org.jsoup.nodes.Document parseBytes(int i) throws java.io.IOException {
        return Jsoup.parse(new java.io.ByteArrayInputStream(bytes[i]), "UTF-8", urls[i]);
    }

    @Benchmark
    @OperationsPerInvocation(PAGE_COUNT)
    public void articleParser(Blackhole bh) {
        for (int i = 0; i < PAGE_COUNT; i++) {
            bh.consume(parser.parse(new Page(urls[i], bytes[i], "text/html; charset=utf-8", FETCHED_AT), profile));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGE_COUNT)
    public void jsoupParseAndGenericExtractor(Blackhole bh) {
        for (int i = 0; i < PAGE_COUNT; i++) {
            bh.consume(extractor.extract(Jsoup.parse(html[i], urls[i])));
        }
    }

    String[] html() {
        return html.clone();
    }

    String[] urls() {
        return urls.clone();
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
