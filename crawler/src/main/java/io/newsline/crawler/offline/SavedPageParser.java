package io.newsline.crawler.offline;

import io.newsline.crawler.extract.PageTimeLimit;
import io.newsline.crawler.extract.TimeLimitedParser;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parses a page saved in a file as the crawl would have parsed it when fetched from its URL, time limit included. */
public final class SavedPageParser {
    private final SiteProfiles profiles;
    private final TimeLimitedParser parser;

    public SavedPageParser(SiteProfiles profiles, PageTimeLimit limit) {
        this.profiles = profiles;
        this.parser = new TimeLimitedParser(limit);
    }

    /** The result of one file, with the URL it was parsed as. */
    public record Parsed(Path file, String url, ParseResult result) {
    }

    /**
     * @param url the page's URL; when empty, its {@code <link rel=canonical>} or {@code og:url}, else a
     *            {@code file:} URL of the file
     */
    public Parsed parse(Path file, Optional<String> url, Instant fetchedAt) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        String pageUrl = url.orElseGet(() -> urlInPage(bytes).orElse(file.toAbsolutePath().toUri().toString()));
        Page page = new Page(pageUrl, bytes, null, fetchedAt);
        return new Parsed(file, pageUrl, parser.parse(page, profiles.forUrl(pageUrl)));
    }

    private static Optional<String> urlInPage(byte[] bytes) {
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            Element canonical = doc.selectFirst("link[rel=canonical][href~=^https?://]");
            if (canonical != null) {
                return Optional.of(canonical.attr("href").trim());
            }
            Element og = doc.selectFirst("meta[property=og:url][content~=^https?://]");
            return og == null ? Optional.empty() : Optional.of(og.attr("content").trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
