package io.newsline.crawler.eval;

import io.newsline.parser.ArticleParser;
import io.newsline.parser.ParseResult;
import io.newsline.parser.body.GenericExtractor;
import io.newsline.parser.body.MainContent;
import io.newsline.parser.eval.TokenF1;
import io.newsline.parser.eval.VisibleText;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Runs extraction over a directory of test pages (see {@link EvalCases} for the layouts) and scores the
 * article body against each page's gold text with {@link TokenF1}. {@link #run(Path)} uses the full
 * {@link ArticleParser} with the generic profile of the page's host; {@link #runGenericOnly(Path)} scores
 * the {@link GenericExtractor} alone. A page that cannot be read or that makes extraction throw scores zero
 * with a note saying why; the run goes on.
 */
public final class EvalRun {

    /** A fixed fetch time, so results do not depend on the clock. */
    static final Instant FETCHED_AT = Instant.parse("2030-01-01T00:00:00Z");

    private EvalRun() {
    }

    /** Scores the full parser on every page under {@code dir}. */
    public static EvalReport run(Path dir) {
        ArticleParser parser = new ArticleParser();
        List<PageScore> scores = new ArrayList<>();
        for (EvalCase c : EvalCases.find(dir)) {
            scores.add(score(c, (bytes, url) -> {
                String host = URI.create(url).getHost();
                ParseResult result = parser.parse(new Page(url, bytes, null, FETCHED_AT),
                        SiteProfile.generic(host == null ? "example.invalid" : host));
                if (result instanceof ParseResult.Parsed parsed) {
                    return new Prediction(parsed.article().text(), "");
                }
                if (result instanceof ParseResult.NotArticle na) {
                    return new Prediction("", "not an article: " + na.reason());
                }
                return new Prediction("", "failed: " + ((ParseResult.Failed) result).reason());
            }));
        }
        return new EvalReport("parser", scores);
    }

    /** Scores {@link GenericExtractor} alone (jsoup's charset sniffing, no profile, no shared cleanup). */
    public static EvalReport runGenericOnly(Path dir) {
        GenericExtractor extractor = new GenericExtractor();
        List<PageScore> scores = new ArrayList<>();
        for (EvalCase c : EvalCases.find(dir)) {
            scores.add(score(c, (bytes, url) -> {
                MainContent content = extractor.extract(parse(bytes, url));
                if (content.blocks().isEmpty()) {
                    return new Prediction("", "not an article: no main content");
                }
                return new Prediction(content.blocks().stream().map(MainContent.Block::text)
                        .collect(Collectors.joining("\n\n")), "");
            }));
        }
        return new EvalReport("generic", scores);
    }

    private static PageScore score(EvalCase c, Extractor extractor) {
        try {
            byte[] bytes = Files.readAllBytes(c.source());
            String url = urlOf(bytes, c.name());
            String gold = goldText(c);
            Prediction prediction;
            try {
                prediction = extractor.extract(bytes, url);
            } catch (RuntimeException e) {
                prediction = new Prediction("", "failed: " + e);
            }
            return new PageScore(c.name(), TokenF1.score(prediction.text(), gold), prediction.note());
        } catch (IOException e) {
            return new PageScore(c.name(), TokenF1.Score.ZERO,
                    "unreadable: " + c.source() + " or " + c.gold() + ": " + e.getMessage());
        }
    }

    static String goldText(EvalCase c) throws IOException {
        String raw = Files.readString(c.gold(), StandardCharsets.UTF_8);
        return c.goldIsHtml() ? VisibleText.of(Jsoup.parse(raw)) : raw;
    }

    /** The page's canonical or og:url when it is an absolute http(s) URL, else {@code http://example.invalid/NAME}. */
    static String urlOf(byte[] bytes, String name) {
        Document doc = parse(bytes, "http://example.invalid/");
        for (String query : List.of("link[rel=canonical]", "meta[property=og:url]")) {
            Element el = doc.selectFirst(query);
            if (el != null) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("content");
                url = url.strip();
                if ((url.startsWith("http://") || url.startsWith("https://")) && isUri(url)) {
                    return url;
                }
            }
        }
        return "http://example.invalid/" + name;
    }

    private static boolean isUri(String url) {
        try {
            return URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Parses page bytes: as UTF-8 when they are valid UTF-8 (saved pages often keep a stale legacy charset
     * declaration), else with jsoup's BOM and meta-charset sniffing.
     */
    static Document parse(byte[] bytes, String url) {
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Jsoup.parse(utf8, url);
        } catch (CharacterCodingException notUtf8) {
            // fall through to sniffing
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode page " + url + ": " + e.getMessage(), e);
        }
    }

    private record Prediction(String text, String note) {
    }

    @FunctionalInterface
    private interface Extractor {
        Prediction extract(byte[] bytes, String url);
    }
}
