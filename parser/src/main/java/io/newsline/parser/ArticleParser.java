package io.newsline.parser;

import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The parser's front door: one fetched {@link Page} and the {@link SiteProfile} of its host in, a
 * {@link ParseResult} out. Thread-safe; never throws for bad input (a broken page is a {@code Failed} result).
 */
public final class ArticleParser {

    public ParseResult parse(Page page, SiteProfile profile) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(profile, "profile");
        // SKELETON: replaced by the real pipeline (decode -> clean -> metadata -> body -> assemble).
        Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.url());
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            if (!p.text().isBlank()) {
                paragraphs.add(p.text());
            }
        }
        if (paragraphs.isEmpty()) {
            return new ParseResult.NotArticle(page.url(), "no body text found");
        }
        Extraction extraction = new Extraction(profile.name(), Integer.toString(profile.version()),
                Map.of("title", FieldSource.GENERIC, "paragraphs", FieldSource.GENERIC), List.of());
        return new ParseResult.Parsed(new Article(page.url(), null, profile.site(), profile.articleIdOf(page.url()).orElse(null),
                null, profile.language(), doc.title(), null, List.of(), null, null, paragraphs, List.of(), List.of(), false, extraction));
    }
}
