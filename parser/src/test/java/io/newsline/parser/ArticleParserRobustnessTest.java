package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newsline.parser.body.MainContentExtractor;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whatever bytes arrive, the parser returns a result and never throws. */
class ArticleParserRobustnessTest {
    private static final String ARTICLE_URL = "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html";
    private final ArticleParser parser = new ArticleParser();
    private final SiteProfile newdaily = Fixtures.newdaily();

    private ParseResult parse(byte[] body, SiteProfile profile) {
        return parser.parse(new Page(ARTICLE_URL, body, null, Fixtures.FETCHED_AT), profile);
    }

    @Test
    void returnsAResultForATruncatedPage() {
        byte[] full = Fixtures.bytes("newdaily/article-2025012400313.html");
        byte[] truncated = Arrays.copyOf(full, full.length / 2 + 1); // cuts a UTF-8 sequence and the markup

        ParseResult result = parse(truncated, newdaily);

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        assertThat(((ParseResult.Parsed) result).article().paragraphs()).isNotEmpty();
    }

    @Test
    void returnsAResultForMalformedMarkup() {
        String html = "<html><head><title>Broken <b>page</title><meta property=og:title content=\"Broken page\"></head>"
                + "<body><div id=article_conent><p>First paragraph of the article with <b>unclosed bold<p>and a second <i>one"
                + "<table><tr><td>cell</div></span></p><li class=par>a list item outside a list that says enough"
                + "<br><br><br></body></html></html><p>after the end";

        assertThatCode(() -> parse(html.getBytes(StandardCharsets.UTF_8), newdaily)).doesNotThrowAnyException();
        assertThat(parse(html.getBytes(StandardCharsets.UTF_8), newdaily)).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void returnsAResultForRandomBytes() {
        byte[] noise = new byte[64 * 1024];
        new Random(20250124L).nextBytes(noise);

        assertThat(parse(noise, newdaily)).isNotInstanceOf(ParseResult.Parsed.class);
        assertThat(parse(noise, SiteProfile.generic("www.newdaily.co.kr"))).isInstanceOf(ParseResult.NotArticle.class);
    }

    @Test
    void returnsAResultForAnEmptyBody() {
        assertThat(parse(new byte[0], newdaily)).isInstanceOf(ParseResult.Failed.class);
    }

    @Test
    void returnsAResultForDeeplyNestedMarkup() {
        String html = "<div>".repeat(5000) + "<p>deep text that is long enough to be a sentence of an article body.</p>"
                + "</div>".repeat(5000);

        assertThatCode(() -> parse(html.getBytes(StandardCharsets.UTF_8), newdaily)).doesNotThrowAnyException();
    }

    @Test
    void turnsAnExceptionInAnExtractorIntoAFailedResult() {
        MainContentExtractor broken = doc -> {
            throw new IllegalStateException("extractor bug");
        };
        ArticleParser withBrokenFallback = new ArticleParser(broken);
        Page page = Fixtures.page("https://www.newdaily.co.kr/site/data/html/2025/05/15/2025051500188.html", "newdaily/article-redesign.html");

        ParseResult result = withBrokenFallback.parse(page, newdaily);

        assertThat(result).isInstanceOfSatisfying(ParseResult.Failed.class, f -> {
            assertThat(f.reason()).contains("extractor bug");
            assertThat(f.cause()).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void givesTheSameArticlesWhenPagesAreParsedOnManyThreadsAtOnce() throws Exception {
        Page seed = Fixtures.page(ARTICLE_URL, "newdaily/article-2025012400313.html");
        Page redesign = Fixtures.page("https://www.newdaily.co.kr/site/data/html/2025/05/15/2025051500188.html", "newdaily/article-redesign.html");
        String seedJson = Fixtures.json(Fixtures.parsed(parser.parse(seed, newdaily)));
        String redesignJson = Fixtures.json(Fixtures.parsed(parser.parse(redesign, newdaily)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Page page = i % 2 == 0 ? seed : redesign;
                results.add(pool.submit(() -> Fixtures.json(Fixtures.parsed(parser.parse(page, newdaily)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i % 2 == 0 ? seedJson : redesignJson);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
