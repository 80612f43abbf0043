package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.eval.TokenF1;
import io.newsline.parser.eval.VisibleText;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * A folder of gold pages under src/test/resources (one folder a page, holding source.html and its hand-written
 * expected.html: the layout {@code newsline eval} reads), scored with the evaluator's token F1 through the path a
 * site without a profile takes. The floor tests of the Chinese page sets assert their mean with it.
 */
final class GoldPageFolder {
    private final String dir;
    private final String host;
    private final String urlPrefix;
    private final ArticleParser parser = new ArticleParser();

    /**
     * The pages under {@code dir} (e.g. {@code zh-portals}), each parsed as if fetched from {@code urlPrefix} and its
     * name (e.g. {@code https://blog.example.cn/}) with the generic profile of that URL's host.
     */
    GoldPageFolder(String dir, String urlPrefix) {
        this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        this.urlPrefix = urlPrefix;
        this.host = SiteProfile.hostOf(urlPrefix).orElseThrow(() -> new IllegalArgumentException("no host in " + urlPrefix));
    }

    /** The names of the page folders under this folder (those holding a source.html), sorted. */
    List<String> pages() {
        try (Stream<Path> entries = Files.list(Path.of(GoldPageFolder.class.getResource("/" + dir).toURI()))) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("source.html")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the test resources under " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token F1 of the text extracted from page {@code name} against its gold text; 0 when nothing is extracted. */
    double f1(String name) {
        String page = dir + "/" + name;
        String gold = VisibleText.of(Jsoup.parse(new String(Fixtures.bytes(page + "/expected.html"), StandardCharsets.UTF_8)));
        ParseResult result = parser.parse(page(urlPrefix + name, page + "/source.html"), SiteProfile.generic(host));
        String text = result instanceof ParseResult.Parsed p ? p.article().text() : "";
        return TokenF1.score(text, gold).f1();
    }

    /** Asserts that the mean F1 of {@code pages} is at least {@code floor}; a failure lists every page's F1, worst first. */
    void assertMeanF1AtLeast(List<String> pages, double floor) {
        record Scored(String name, double f1) {
        }
        List<Scored> scores = pages.stream().map(name -> new Scored(name, f1(name)))
                .sorted(Comparator.comparingDouble(Scored::f1)).toList();
        double mean = scores.stream().mapToDouble(Scored::f1).average().orElse(0);
        StringBuilder lines = new StringBuilder();
        scores.forEach(s -> lines.append(String.format(Locale.ROOT, "%n%.3f %s", s.f1(), s.name())));
        assertThat(mean).as("mean F1 of the %s pages:%s", dir, lines).isGreaterThanOrEqualTo(floor);
    }
}
