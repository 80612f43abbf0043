package io.newsline.publisher;

import io.newsline.parser.Article;
import io.newsline.record.ArticleRecord;
import io.newsline.record.FieldSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Parsed article to published record: the record's id, its content hash and the record itself. The only place that
 * knows both the parser's {@link Article} and the record module's {@link ArticleRecord}, so the record stays usable
 * by consumers that have no parser.
 */
public final class ArticleRecords {

    private static final String HASH_PREFIX = "sha256:";

    private ArticleRecords() {
    }

    /**
     * Builds the record for one version of an article.
     *
     * @param version             1 for a first publication, else the previous version + 1
     * @param previousContentHash the replaced version's {@link ArticleRecord#contentHash()}, null for version 1
     * @param fetchedAt           when the page was fetched
     */
    public static ArticleRecord of(Article a, int version, String previousContentHash, Instant fetchedAt) {
        Objects.requireNonNull(a, "article");
        return new ArticleRecord(
                ArticleRecord.SCHEMA_VERSION,
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
                a.authors().stream().map(x -> new ArticleRecord.Author(x.name(), x.email())).toList(),
                a.publishedAt(),
                a.modifiedAt(),
                a.paragraphs(),
                a.text(),
                a.images().stream().map(x -> new ArticleRecord.Image(x.url(), x.caption(), x.credit())).toList(),
                a.tags(),
                a.paywalled(),
                fetchedAt,
                new ArticleRecord.Extraction(a.extraction().profile(), a.extraction().profileVersion(),
                        fieldSources(a.extraction().fields()), a.extraction().warnings(),
                        a.extraction().foundBy() == null ? null
                                : new ArticleRecord.FoundBy(a.extraction().foundBy().source(), a.extraction().foundBy().url())));
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

    /** The parser's field sources as the record's, by name (a test proves every parser value has its twin). */
    static FieldSource fieldSource(io.newsline.parser.FieldSource source) {
        return FieldSource.valueOf(source.name());
    }

    private static Map<String, FieldSource> fieldSources(Map<String, io.newsline.parser.FieldSource> fields) {
        Map<String, FieldSource> out = new TreeMap<>();
        fields.forEach((field, source) -> out.put(field, fieldSource(source)));
        return out;
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
