package io.newsline.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * JSON encoding of {@link ArticleRecord}, the value format of the articles topic: UTF-8 JSON, one line, fields in
 * the schema's order, dates as ISO-8601 strings with their offset, optional scalars left out when null, lists always
 * written (empty when empty). Stateless and thread-safe.
 */
public final class ArticleRecordCodec {

    private ArticleRecordCodec() {
    }

    /** The record as UTF-8 JSON bytes, the Kafka value. */
    public static byte[] encode(ArticleRecord r) {
        return toJson(r).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a record from UTF-8 JSON bytes.
     *
     * @throws IllegalArgumentException when the bytes are not a schema-version-1 article record; the message says why
     */
    public static ArticleRecord decode(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            return Json.MAPPER.readValue(json, ArticleRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Newsline article record (schema v" + ArticleRecord.SCHEMA_VERSION
                    + "): " + e.getOriginalMessage() + "; value starts with: " + preview(json), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a article record from memory", e);
        }
    }

    /** The record as one line of JSON. */
    public static String toJson(ArticleRecord r) {
        Objects.requireNonNull(r, "record");
        try {
            return Json.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode article record " + r.id(), e);
        }
    }

    /** The record as indented JSON, for people. */
    public static String toPrettyJson(ArticleRecord r) {
        Objects.requireNonNull(r, "record");
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode article record " + r.id(), e);
        }
    }

    static String preview(byte[] bytes) {
        String s = new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.UTF_8);
        return s.replace('\n', ' ') + (bytes.length > 80 ? "..." : "");
    }
}
