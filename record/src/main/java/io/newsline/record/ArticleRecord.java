package io.newsline.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One published version of one article: the value of a record on the articles topic, schema version 1
 * (documented field by field in {@code schema/article-v1.schema.json}).
 *
 * <p>The Kafka key is {@link #id()}. The first publication of an article is {@code version} 1 with no
 * {@code previousContentHash}; each later edit that changes {@link #contentHash()} is published as the next
 * version, naming the hash it replaces. Lists are never null. Optional scalars are null when the page gave
 * nothing and are left out of the JSON.
 *
 * @param schemaVersion       always {@link #SCHEMA_VERSION}
 * @param id                  the Kafka key: {@code <profile>:<siteArticleId>}, else {@code url:} and 32 hex digits
 * @param version             1 for the first publication, +1 per edited version
 * @param previousContentHash the content hash of the version this one replaces; null on version 1
 * @param contentHash         {@code sha256:} + 64 hex digits of the reader-visible content
 * @param profile             the site profile's name, or null when no profile matched
 * @param text                the paragraphs joined by a blank line
 * @param fetchedAt           when the page was fetched (UTC instant)
 */
@JsonPropertyOrder({"schemaVersion", "id", "version", "previousContentHash", "contentHash", "url", "canonicalUrl",
        "site", "profile", "section", "language", "title", "subtitle", "authors", "publishedAt", "modifiedAt",
        "paragraphs", "text", "images", "tags", "paywalled", "fetchedAt", "extraction"})
public record ArticleRecord(
        int schemaVersion,
        String id,
        int version,
        String previousContentHash,
        String contentHash,
        String url,
        String canonicalUrl,
        String site,
        String profile,
        String section,
        String language,
        String title,
        String subtitle,
        List<Author> authors,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        List<String> paragraphs,
        String text,
        List<Image> images,
        List<String> tags,
        boolean paywalled,
        Instant fetchedAt,
        Extraction extraction) {

    /** The schema version this class reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    public ArticleRecord {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + schemaVersion + " is not supported; this build reads"
                    + " and writes schema version " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version + " for " + id);
        }
        if (version > 1 && previousContentHash == null) {
            throw new IllegalArgumentException("version " + version + " of " + id + " must name previousContentHash");
        }
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
        authors = authors == null ? List.of() : List.copyOf(authors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        text = text == null ? String.join("\n\n", paragraphs) : text;
        images = images == null ? List.of() : List.copyOf(images);
        tags = tags == null ? List.of() : List.copyOf(tags);
        extraction = extraction == null ? new Extraction(profile, null, Map.of(), List.of()) : extraction;
    }

    /**
     * How the crawl found an article's URL: {@code source} is {@code sitemap}, {@code feed}, {@code section},
     * {@code robots} (a sitemap announced by robots.txt) or {@code link} (a link on an article page); {@code url} is the
     * page it was found on, or null.
     */
    @JsonPropertyOrder({"source", "url"})
    public record FoundBy(String source, String url) {
        public FoundBy {
            Objects.requireNonNull(source, "source");
        }
    }

    /** A person credited with the article; {@code email} may be null. */
    @JsonPropertyOrder({"name", "email"})
    public record Author(String name, String email) {
        public Author {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An image of the article; {@code caption} and {@code credit} may be null. */
    @JsonPropertyOrder({"url", "caption", "credit"})
    public record Image(String url, String caption, String credit) {
        public Image {
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * How the article was extracted: profile name and version (null when none matched), the source of each
     * field, warnings for the profile's author, and how the crawl found the page's URL (null when not known: a
     * recrawl of a URL found in an earlier run, a replay).
     */
    @JsonPropertyOrder({"profile", "profileVersion", "fields", "warnings", "foundBy"})
    public record Extraction(String profile, String profileVersion, Map<String, FieldSource> fields,
                             List<String> warnings, FoundBy foundBy) {

        /** An extraction whose URL's discovery is not known. */
        public Extraction(String profile, String profileVersion, Map<String, FieldSource> fields, List<String> warnings) {
            this(profile, profileVersion, fields, warnings, null);
        }

        public Extraction {
            fields = fields == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fields));
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }
}
