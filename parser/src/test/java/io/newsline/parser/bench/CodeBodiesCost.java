package io.newsline.parser.bench;

import com.sun.management.OperatingSystemMXBean;
import io.newsline.parser.ArticleParser;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.CodeBodyBranches;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each kind of body the parser leaves out before jsoup ({@code CodeBodies}: scripts; once styles and SVG too)
 * saves of the whole {@link ArticleParser} cost, measured in pairs on a shared machine. Every pair runs the product
 * (every kind cut) and one variant in the same process, one phase after the other (which goes first alternates), each
 * phase charged with CPU time (of this thread, and of the whole process, so the garbage collector's work counts):
 * time spent waiting for a busy CPU does not count. The variants are the product itself (an A/A pair, whose spread
 * is the noise) and the product without each kind in turn; a kind's gain in a pair is its variant's cost over the
 * product's, minus one. Prints, per variant, the median gain and its spread across pairs (interquartile range and
 * range). Run from the repository
 * root:
 * <pre>
 * MAVEN_OPTS="-Xms2g -Xmx2g" mvn -q -B -pl parser test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newsline.parser.bench.CodeBodiesCost -Dexec.args="1 21 FOLDER NAME,NAME,..."
 * </pre>
 * Arguments: CPU seconds per phase, pairs per variant, a folder of pages ({@code NAME.html} files or
 * {@code NAME/source.html} folders) and optionally a comma-separated list of the page names in it to use. Before
 * measuring it checks that every variant gives every page the same {@link ParseResult}.
 */
public final class CodeBodiesCost {
    private static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");
    private static final String ALL = "all (A/A)";

    private CodeBodiesCost() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: SECONDS PAIRS FOLDER [NAME,NAME,...]");
        }
        double seconds = Double.parseDouble(args[0]);
        int pairs = Integer.parseInt(args[1]);
        List<String> names = args.length > 3 ? List.of(args[3].split(",")) : List.of();
        List<Page> pages = new ArrayList<>();
        for (Path file : PageFolder.pagesIn(Path.of(args[2]), names)) {
            pages.add(new Page("http://example.invalid/" + PageFolder.nameOf(Path.of(args[2]), file) + "/",
                    Files.readAllBytes(file), "text/html; charset=utf-8", FETCHED_AT));
        }
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        variants.put(ALL, CodeBodyBranches.all());
        for (String branch : CodeBodyBranches.all()) {
            Set<String> without = new TreeSet<>(CodeBodyBranches.all());
            without.remove(branch);
            variants.put("without " + branch, without);
        }
        ArticleParser parser = new ArticleParser();
        SiteProfile profile = SiteProfile.generic("example.invalid");
        checkSameResults(parser, profile, pages, variants);

        Map<String, List<double[]>> gains = new LinkedHashMap<>(); // per pair: {thread gain, process gain}
        variants.keySet().forEach(v -> gains.put(v, new ArrayList<>()));
        List<String> order = new ArrayList<>(variants.keySet());
        Random random = new Random(20261205L);
        for (int round = -3; round < pairs; round++) { // three rounds of warm-up
            Collections.shuffle(order, random);
            for (String variant : order) {
                boolean productFirst = (round & 1) == 0;
                double[] product = new double[2];
                double[] other = new double[2];
                for (int phase = 0; phase < 2; phase++) {
                    boolean isProduct = productFirst == (phase == 0);
                    CodeBodyBranches.cutOnly(isProduct ? CodeBodyBranches.all() : variants.get(variant));
                    double[] cost = costPerPage(parser, profile, pages, seconds);
                    System.arraycopy(cost, 0, isProduct ? product : other, 0, 2);
                }
                if (round >= 0) {
                    gains.get(variant).add(new double[] {other[0] / product[0] - 1, other[1] / product[1] - 1});
                }
            }
        }
        CodeBodyBranches.cutOnly(CodeBodyBranches.all());
        System.out.printf(Locale.ROOT, "%d pages, %d pairs per variant, %.1f CPU-s phases; gain = variant's cost per page"
                + " / product's - 1 (median, interquartile range and range of the pairs)%n", pages.size(), pairs, seconds);
        for (Map.Entry<String, List<double[]>> e : gains.entrySet()) {
            System.out.printf(Locale.ROOT, "%-16s thread CPU %s   process CPU %s%n", e.getKey(),
                    summary(e.getValue(), 0), summary(e.getValue(), 1));
        }
    }

    /** {thread CPU ns per page, process CPU ns per page} over passes through all pages for {@code seconds} of thread CPU. */
    private static double[] costPerPage(ArticleParser parser, SiteProfile profile, List<Page> pages, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long threadStart = threads.getCurrentThreadCpuTime();
        long processStart = os.getProcessCpuTime();
        long budget = (long) (seconds * 1e9);
        long parsed = 0;
        int sink = 0;
        while (threads.getCurrentThreadCpuTime() - threadStart < budget) {
            for (Page page : pages) {
                sink += parser.parse(page, profile).hashCode();
                parsed++;
            }
        }
        double thread = (threads.getCurrentThreadCpuTime() - threadStart) / (double) parsed;
        double process = (os.getProcessCpuTime() - processStart) / (double) parsed;
        return new double[] {thread + (sink == 42 ? 1e-9 : 0), process};
    }

    private static void checkSameResults(ArticleParser parser, SiteProfile profile, List<Page> pages,
            Map<String, Set<String>> variants) {
        CodeBodyBranches.cutOnly(CodeBodyBranches.all());
        List<ParseResult> expected = pages.stream().map(p -> parser.parse(p, profile)).toList();
        for (Map.Entry<String, Set<String>> variant : variants.entrySet()) {
            CodeBodyBranches.cutOnly(variant.getValue());
            for (int i = 0; i < pages.size(); i++) {
                if (!describe(parser.parse(pages.get(i), profile)).equals(describe(expected.get(i)))) {
                    throw new IllegalStateException(variant.getKey() + " changes the result of " + pages.get(i).url());
                }
            }
        }
    }

    private static String describe(ParseResult result) {
        return result instanceof ParseResult.Failed failed ? "failed: " + failed.reason() : result.toString();
    }

    private static String summary(List<double[]> pairs, int index) {
        List<Double> values = new ArrayList<>();
        pairs.forEach(p -> values.add(p[index] * 100));
        Collections.sort(values);
        int n = values.size();
        return String.format(Locale.ROOT, "%+6.1f%% IQR [%+.1f, %+.1f] range [%+.1f, %+.1f]", values.get(n / 2),
                values.get(n / 4), values.get(3 * n / 4), values.get(0), values.get(n - 1));
    }
}
