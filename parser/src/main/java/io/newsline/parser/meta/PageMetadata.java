package io.newsline.parser.meta;

import io.newsline.parser.Author;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of one page, each field with its source. Authors here come from selectors and metadata only; a
 * byline inside the body text is found later by {@link BylineFinder}, once the body is known.
 *
 * @param site           the publication's name
 * @param leadImages     image URLs the metadata announces (og:image, JSON-LD image), absolute
 * @param paywalled      true when JSON-LD says {@code isAccessibleForFree: false}
 * @param articleMarkup  true when the page calls itself an article (JSON-LD article type, og:type article,
 *                       article:published_time), a hint for telling articles from listing pages
 * @param canonicalUrl   the URL the page declares as canonical ({@code rel=canonical}, {@code og:url}, JSON-LD
 *                       {@code url}) when it is on one of the profile's hosts, else the page's own URL: a page
 *                       cannot make itself another site's article
 * @param foreignCanonicalUrl the canonical URL the page declares when none it declares is on the profile's hosts,
 *                       set aside (the page's own URL is {@code canonicalUrl} then)
 */
public record PageMetadata(
        Sourced<String> site,
        Sourced<String> title,
        Sourced<String> subtitle,
        Sourced<List<Author>> authors,
        Sourced<OffsetDateTime> publishedAt,
        Sourced<OffsetDateTime> modifiedAt,
        Sourced<String> section,
        Sourced<String> language,
        Sourced<String> canonicalUrl,
        Sourced<List<String>> tags,
        Sourced<List<String>> leadImages,
        boolean paywalled,
        boolean articleMarkup,
        Optional<String> foreignCanonicalUrl) {
}
