package io.newsline.publisher;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsline.parser.Article;
import io.newsline.parser.FieldSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
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
 * @param id                  the Kafka key, see {@link #idOf(Article)}
 * @param version             1 for the first publication, +1 per edited version
 * @param previousContentHash the content hash of the version this one replaces; null on version 1
 * @param contentHash         {@link #contentHashOf(Article)}
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

    private static final String HASH_PREFIX = "sha256:";

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
     * field, and warnings for the profile's author.
     */
    @JsonPropertyOrder({"profile", "profileVersion", "fields", "warnings"})
    public record Extraction(String profile, String profileVersion, Map<String, FieldSource> fields,
                             List<String> warnings) {
        public Extraction {
            fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /**
     * Builds the record for one version of an article.
     *
     * @param version             1 for a first publication, else the previous version + 1
     * @param previousContentHash the replaced version's {@link #contentHash()}, null for version 1
     * @param fetchedAt           when the page was fetched
     */
    public static ArticleRecord of(Article a, int version, String previousContentHash, Instant fetchedAt) {
        Objects.requireNonNull(a, "article");
        return new ArticleRecord(
                SCHEMA_VERSION,
                idOf(a),
                version,
                previousContentHash,
                contentHashOf(a),
                a.url(),
                a.canonicalUrl(),
                a.site(),
                a.extraction().profile(),
                a.section(),
                a.language(),
                a.title(),
                a.subtitle(),
                a.authors().stream().map(x -> new Author(x.name(), x.email())).toList(),
                a.publishedAt(),
                a.modifiedAt(),
                a.paragraphs(),
                a.text(),
                a.images().stream().map(x -> new Image(x.url(), x.caption(), x.credit())).toList(),
                a.tags(),
                a.paywalled(),
                fetchedAt,
                new Extraction(a.extraction().profile(), a.extraction().profileVersion(), a.extraction().fields(),
                        a.extraction().warnings()));
    }

    /**
     * The article's stable id and Kafka key: {@code <profile>:<siteArticleId>} when a profile gave the site's own
     * article id, else {@code url:} followed by the first 32 hex digits of the SHA-256 of the canonical URL.
     */
    public static String idOf(Article a) {
        Objects.requireNonNull(a, "article");
        String profile = a.extraction().profile();
        if (a.siteArticleId() != null && !a.siteArticleId().isBlank() && profile != null && !profile.isBlank()) {
            return profile + ":" + a.siteArticleId();
        }
        return "url:" + sha256Hex(a.canonicalUrl()).substring(0, 32);
    }

    /**
     * {@code sha256:} + the SHA-256 hex of the reader-visible content in a canonical encoding: title, subtitle,
     * authors, publishedAt, paragraphs, images, tags and section. {@code modifiedAt} is left out on purpose, so a
     * bare timestamp bump does not make a new version; fetch and extraction details are left out too.
     */
    public static String contentHashOf(Article a) {
        Objects.requireNonNull(a, "article");
        return HASH_PREFIX + sha256Hex(CanonicalContent.of(a));
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
