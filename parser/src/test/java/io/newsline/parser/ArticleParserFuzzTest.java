package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of real fixture pages (byte flips, truncations, deletions, duplicated and injected markup),
 * seeded so any failure is reproducible from the seed and iteration printed. The parser must always return a
 * result, never throw, and never take longer than a bound on one page.
 */
class ArticleParserFuzzTest {
    private static final long SEED = 20261128L;
    private static final int ITERATIONS = 3000;
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final String[] FIXTURES = {
        "newdaily/article-2025012400313.html",
        "newdaily/article-2014-news-body-area.html",
        "newdaily/article-euc-kr.html",
        "newdaily/section-list.html",
        "generic/ko-news-best-list.html",
        "generic/zh-news-related.html",
    };
    private static final String[] INJECTIONS = {
        "<div>", "</div>", "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "<p>",
        "<li class=\"par\">", "<meta charset=\"euc-kr\">", "<br><br>", "\u0000", "\uFFFD", "&#xD800;", "&amp;amp;",
        "<div id=\"article_conent\">", "<h1>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",",
    };

    private final ArticleParser parser = new ArticleParser();

    @Test
    void mutatedPagesAlwaysGiveAResultWithinTheBound() {
        SiteProfile profile = newdailyProfile();
        List<byte[]> pages = new ArrayList<>();
        for (String f : FIXTURES) {
            pages.add(read(f));
        }
        Random random = new Random(SEED);
        Duration slowest = Duration.ZERO;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] page = mutate(pages.get(random.nextInt(pages.size())), random);
            long started = System.nanoTime();
            ParseResult result;
            try {
                result = parser.parse(new Page("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html",
                        page, random.nextBoolean() ? "text/html; charset=utf-8" : null, Instant.parse("2026-01-01T00:00:00Z")), profile);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed " + SEED + ", iteration " + i + ": the parser threw " + e, e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
            assertThat(result).as("seed %d iteration %d", SEED, i).isNotNull();
            if (result instanceof ParseResult.Parsed parsed) {
                Article a = parsed.article();
                assertThat(String.join("\n", a.text(), String.valueOf(a.title()), String.valueOf(a.subtitle()), a.authors().toString(),
                        a.images().toString(), String.valueOf(a.section()), String.valueOf(a.tags())))
                        .as("seed %d iteration %d: a record never carries U+FFFD", SEED, i).doesNotContain("\uFFFD");
            }
            assertThat(took).as("seed %d iteration %d took %s", SEED, i, took).isLessThan(BOUND);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] page = original.clone();
        int operations = 1 + random.nextInt(6);
        for (int op = 0; op < operations; op++) {
            page = switch (random.nextInt(5)) {
                case 0 -> flip(page, random);
                case 1 -> java.util.Arrays.copyOf(page, page.length == 0 ? 0 : random.nextInt(page.length));
                case 2 -> delete(page, random);
                case 3 -> duplicate(page, random);
                default -> inject(page, random);
            };
        }
        return page;
    }

    private static byte[] flip(byte[] page, Random random) {
        for (int n = 0; n < 1 + random.nextInt(32) && page.length > 0; n++) {
            page[random.nextInt(page.length)] = (byte) random.nextInt(256);
        }
        return page;
    }

    private static byte[] delete(byte[] page, Random random) {
        if (page.length < 2) {
            return page;
        }
        int from = random.nextInt(page.length);
        int to = Math.min(page.length, from + random.nextInt(2000));
        byte[] out = new byte[page.length - (to - from)];
        System.arraycopy(page, 0, out, 0, from);
        System.arraycopy(page, to, out, from, page.length - to);
        return out;
    }

    private static byte[] duplicate(byte[] page, Random random) {
        if (page.length < 2) {
            return page;
        }
        int from = random.nextInt(page.length);
        int len = Math.min(page.length - from, random.nextInt(4000));
        byte[] out = new byte[page.length + len];
        System.arraycopy(page, 0, out, 0, from + len);
        System.arraycopy(page, from, out, from + len, page.length - from);
        return out;
    }

    private static byte[] inject(byte[] page, Random random) {
        byte[] piece = INJECTIONS[random.nextInt(INJECTIONS.length)].repeat(1 + random.nextInt(50))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = page.length == 0 ? 0 : random.nextInt(page.length);
        byte[] out = new byte[page.length + piece.length];
        System.arraycopy(page, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(page, at, out, at + piece.length, page.length - at);
        return out;
    }

    private static SiteProfile newdailyProfile() {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("..", "seeds", "newdaily.yaml"))) {
            return new SiteProfileLoader().load("seeds/newdaily.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ArticleParserFuzzTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
