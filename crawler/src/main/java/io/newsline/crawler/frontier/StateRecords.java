package io.newsline.crawler.frontier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The records of the crawl-state topic. Key {@code u <url>}: the {@link UrlState} of a URL; key
 * {@code a <articleId>}: the last committed {@link ArticleVersion} of an article. Values are JSON with instants as
 * epoch milliseconds. Compaction keeps the latest value of each key.
 */
public final class StateRecords {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String URL_PREFIX = "u ";
    private static final String ARTICLE_PREFIX = "a ";

    private StateRecords() {
    }

    /** The state of a URL as stored. */
    record UrlJson(String url, String kind, String status, Long lastFetched, Long nextDue, int http, String articleId,
                   String etag, String lastModified, String contentHash, Long articleDate) {
    }

    /** An article's last version as stored. */
    record VersionJson(String id, int version, String contentHash) {
    }

    public static String urlKey(String url) {
        return URL_PREFIX + url;
    }

    public static String articleKey(String articleId) {
        return ARTICLE_PREFIX + articleId;
    }

    public static boolean isUrlKey(String key) {
        return key.startsWith(URL_PREFIX);
    }

    public static boolean isArticleKey(String key) {
        return key.startsWith(ARTICLE_PREFIX);
    }

    public static byte[] encode(UrlState s) {
        return write(new UrlJson(s.url(), s.kind().name(), s.status().name(), millis(s.lastFetched()), millis(s.nextDue()),
                s.lastHttpStatus(), s.articleId(), s.etag(), s.lastModified(), s.contentHash(), millis(s.articleDate())));
    }

    public static byte[] encode(ArticleVersion v) {
        return write(new VersionJson(v.articleId(), v.version(), v.contentHash()));
    }

    /** @param key the record's key, for the error message */
    public static UrlState decodeUrl(String key, byte[] value) {
        UrlJson j = read(key, value, UrlJson.class);
        return new UrlState(j.url(), UrlKind.valueOf(j.kind()), UrlStatus.valueOf(j.status()), instant(j.lastFetched()),
                instant(j.nextDue()), j.http(), j.articleId(), j.etag(), j.lastModified(), j.contentHash(), instant(j.articleDate()));
    }

    /**
     * The {@code nextDue} of a URL state record in epoch milliseconds, or {@code null} when it has none, read without
     * building the state (the restore indexes due times of millions of records).
     *
     * @param key the record's key, for the error message
     */
    public static Long nextDueMillis(String key, byte[] value) {
        try {
            return nextDue(value);
        } catch (IOException e) {
            throw invalidUrlJson(key, e);
        }
    }

    /**
     * The {@code nextDue} of the state record of {@code url} (the key without its prefix, as UTF-8 bytes), or
     * {@code null}; the key's string is built only for an error message.
     */
    public static Long nextDueMillis(byte[] url, byte[] value) {
        try {
            return nextDue(value);
        } catch (IOException e) {
            throw invalidUrlJson(urlKey(new String(url, java.nio.charset.StandardCharsets.UTF_8)), e);
        }
    }

    /** The bytes of the {@code nextDue} field's name as this class writes it (no spaces). */
    private static final byte[] NEXT_DUE_FIELD = "\"nextDue\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static Long nextDue(byte[] value) throws IOException {
        // fast path: the field as written here. A string value cannot hold these bytes (its quote would be escaped,
        // or end the string before a ':'), so the first match is the field; anything else goes to the JSON parser
        int at = indexOf(value, NEXT_DUE_FIELD);
        if (at >= 0) {
            int i = at + NEXT_DUE_FIELD.length;
            if (i + 4 <= value.length && value[i] == 'n' && value[i + 1] == 'u' && value[i + 2] == 'l' && value[i + 3] == 'l') {
                return null;
            }
            boolean negative = i < value.length && value[i] == '-';
            int start = negative ? i + 1 : i;
            long n = 0;
            int j = start;
            for (; j < value.length && value[j] >= '0' && value[j] <= '9' && j - start < 18; j++) {
                n = n * 10 + (value[j] - '0');
            }
            if (j > start && j < value.length && (value[j] == ',' || value[j] == '}')) {
                return negative ? -n : n;
            }
        }
        return parseNextDue(value);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != needle[0]) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Long parseNextDue(byte[] value) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("nextDue")) {
                    return v == JsonToken.VALUE_NULL ? null : p.getLongValue();
                }
                p.skipChildren();
            }
            return null;
        }
    }

    private static IllegalStateException invalidUrlJson(String key, IOException e) {
        return new IllegalStateException("crawl-state record '" + key + "' is not a valid UrlJson: " + e.getMessage()
                + "; was the topic written by another program?", e);
    }

    public static ArticleVersion decodeVersion(String key, byte[] value) {
        VersionJson j = read(key, value, VersionJson.class);
        return new ArticleVersion(j.id(), j.version(), j.contentHash());
    }

    private static byte[] write(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String key, byte[] value, Class<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (IOException e) {
            throw new IllegalStateException("crawl-state record '" + key + "' is not a valid " + type.getSimpleName()
                    + ": " + e.getMessage() + "; was the topic written by another program?", e);
        }
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private static Instant instant(Long ms) {
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }
}
