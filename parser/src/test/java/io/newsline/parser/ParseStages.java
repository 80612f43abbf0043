package io.newsline.parser;

import io.newsline.parser.body.BodyContent;
import io.newsline.parser.body.GenericBody;
import io.newsline.parser.body.GenericExtractor;
import io.newsline.parser.clean.ChromeRemover;
import io.newsline.parser.clean.TextCleaner;
import io.newsline.parser.meta.BylineFinder;
import io.newsline.parser.meta.MetadataReader;
import io.newsline.parser.meta.PageMetadata;
import io.newsline.parser.page.DocumentLoader;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of the generic path goes, stage by stage, in CPU microseconds per page of this thread over the
 * pages of the parse benchmark: decode and parse, the document scan (which also gathers the generic extractor's
 * statistics), metadata, the generic body, text cleanup and bylines (the stages of {@link ArticleParser}, called one
 * by one). Run from the repository root:
 * <pre>
 * MAVEN_OPTS="-Xms2g -Xmx2g" mvn -q -B -pl parser test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newsline.parser.ParseStages -Dexec.args=600
 * </pre>
 */
public final class ParseStages {
    private static final List<String> PAGES = List.of(
            "aclu", "ars-1", "bbc-1", "blogger", "citylab-1", "folha", "heise", "la-nacion", "lemonde-1",
            "liberation-1", "lwn-1", "medium-1", "nytimes-1", "qq", "salon-1", "seattletimes-1", "telegraph",
            "tmz-1", "wapo-1", "wapo-2");

    private ParseStages() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        byte[][] bytes = new byte[PAGES.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = Files.readAllBytes(Path.of("parser/src/test/resources/devsets/readability", PAGES.get(i), "source.html"));
        }
        SiteProfile profile = SiteProfile.generic("example.invalid");
        DocumentLoader loader = new DocumentLoader();
        MetadataReader metadata = new MetadataReader();
        ChromeRemover chrome = new ChromeRemover();
        GenericBody body = new GenericBody(new GenericExtractor());
        TextCleaner cleaner = new TextCleaner();
        BylineFinder bylines = new BylineFinder();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String[] stages = {"decode and parse", "scan", "metadata", "generic body", "text cleanup", "bylines"};
        long[] nanos = new long[stages.length];
        long counted = 0;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < bytes.length; i++) {
                Page page = new Page("http://example.invalid/" + PAGES.get(i), bytes[i], "text/html; charset=utf-8",
                        Instant.parse("2030-01-01T00:00:00Z"));
                long t0 = cpu.getCurrentThreadCpuTime();
                var doc = loader.load(page, null).document();
                long t1 = cpu.getCurrentThreadCpuTime();
                PageScan scan = PageScan.walk(doc, profile, chrome);
                long t2 = cpu.getCurrentThreadCpuTime();
                PageMetadata meta = metadata.read(scan.facts(), scan.matches(), page, profile);
                long t3 = cpu.getCurrentThreadCpuTime();
                BodyContent content = body.read(doc, scan.bodyStats());
                long t4 = cpu.getCurrentThreadCpuTime();
                List<String> cleaned = cleaner.clean(content.blocks(), List.of());
                long t5 = cpu.getCurrentThreadCpuTime();
                sink += bylines.find(cleaned, List.of()).paragraphs().size() + (meta.title().isPresent() ? 1 : 0);
                long t6 = cpu.getCurrentThreadCpuTime();
                if (r >= rounds / 2) { // the first half warms up
                    long[] t = {t0, t1, t2, t3, t4, t5, t6};
                    for (int s = 0; s < stages.length; s++) {
                        nanos[s] += t[s + 1] - t[s];
                    }
                    counted++;
                }
            }
        }
        for (int s = 0; s < stages.length; s++) {
            System.out.println(String.format(Locale.ROOT, "%-17s %6.0f µs/page", stages[s], nanos[s] / 1e3 / counted));
        }
        System.out.println(sink == 42 ? " " : "");
    }
}
