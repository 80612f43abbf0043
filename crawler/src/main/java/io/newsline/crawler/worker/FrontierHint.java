package io.newsline.crawler.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What discovery said of a URL, as it travels with the URL on the frontier topic (the header
 * {@link io.newsline.publisher.work.FrontierTopics#HINT_HEADER}), so that the worker that fetches the URL knows how it
 * was found and which edit its source announced, whichever worker found it.
 *
 * <p>The value is a small JSON object, version {@value #VERSION}:
 * {@code {"v":1,"source":"LINK","via":"...","publishedAt":"...","title":"...","lastModified":"..."}}; absent fields are
 * null. A reader takes the fields it knows and ignores the others (a newer writer may add some); a record without the
 * header (written by an older worker, or a URL found due again) is read as the URL alone.
 */
public final class FrontierHint {
    /** The format version written. */
    public static final int VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(FrontierHint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrontierHint() {
    }

    /** The header value for {@code hint} (its URL is the record's value, so it is not repeated). */
    public static byte[] encode(DiscoveredUrl hint) {
        ObjectNode o = JSON.createObjectNode();
        o.put("v", VERSION);
        o.put("source", hint.source().name());
        putIfPresent(o, "via", hint.via());
        putIfPresent(o, "publishedAt", hint.publishedAt() == null ? null : hint.publishedAt().toString());
        putIfPresent(o, "title", hint.title());
        putIfPresent(o, "lastModified", hint.lastModified() == null ? null : hint.lastModified().toString());
        try {
            return JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the frontier hint of " + hint.url(), e);
        }
    }

    /**
     * The hint of the frontier record of {@code url} whose header holds {@code value}; empty when there is no header,
     * or when it cannot be read (a warning names the URL; the URL is then fetched as one found due again).
     */
    public static Optional<DiscoveredUrl> decode(String url, byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            JsonNode o = JSON.readTree(value);
            if (o == null || !o.isObject()) {
                throw new IOException("not a JSON object");
            }
            String source = text(o, "source");
            if (source == null) {
                throw new IOException("no field 'source'");
            }
            SourceKind kind;
            try {
                kind = SourceKind.valueOf(source);
            } catch (IllegalArgumentException newer) {
                LOG.warn("frontier hint of {}: source '{}' is unknown to this version; fetched without it", url, source);
                return Optional.empty();
            }
            String published = text(o, "publishedAt");
            String modified = text(o, "lastModified");
            return Optional.of(new DiscoveredUrl(url, kind, published == null ? null : OffsetDateTime.parse(published),
                    text(o, "title"), modified == null ? null : Instant.parse(modified), text(o, "via")));
        } catch (IOException | DateTimeParseException e) {
            LOG.warn("frontier hint of {} is unreadable ({}): {}; fetched without it", url, e.getMessage(),
                    new String(value, StandardCharsets.UTF_8));
            return Optional.empty();
        }
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
