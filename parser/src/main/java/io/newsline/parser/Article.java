package io.newsline.parser;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One clean news article as extracted from one page: the reader-facing content and nothing else.
 *
 * <p>Lists are never null (empty when nothing was found) and are immutable. {@code text()} is derived
 * from {@code paragraphs}. Optional scalar fields ({@code subtitle}, {@code section}, dates, ...) are null
 * when the page does not offer them; {@link #extraction()} says which source gave each field.
 *
 * @param url            the URL the page was fetched from (after redirects)
 * @param canonicalUrl   the page's {@code rel=canonical} / {@code og:url}, absolute, when it is on one of the
 *                       profile's hosts; {@code url} when absent or elsewhere (a page cannot re-key itself as
 *                       another site's article)
 * @param site           the publication's name (profile's {@code site}, else og:site_name, else host)
 * @param siteArticleId  the site's own article id (from the profile's URL pattern), or null
 * @param paywalled      true when the page declares the content is not free ({@code isAccessibleForFree: false})
 */
public record Article(
        String url,
        String canonicalUrl,
        String site,
        String siteArticleId,
        String section,
        String language,
        String title,
        String subtitle,
        List<Author> authors,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        List<String> paragraphs,
        List<Image> images,
        List<String> tags,
        boolean paywalled,
        Extraction extraction) {

    public Article {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(extraction, "extraction");
        canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        images = images == null ? List.of() : List.copyOf(images);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The body as plain text: paragraphs joined by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
