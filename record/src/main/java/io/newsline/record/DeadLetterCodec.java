package io.newsline.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** JSON encoding of {@link DeadLetter}, the value format of the dead-letter topic. Stateless and thread-safe. */
public final class DeadLetterCodec {

    private DeadLetterCodec() {
    }

    /** The dead letter as UTF-8 JSON bytes. */
    public static byte[] encode(DeadLetter d) {
        return toJson(d).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a dead letter from UTF-8 JSON bytes.
     *
     * @throws IllegalArgumentException when the bytes are not a dead letter; the message says why
     */
    public static DeadLetter decode(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            return Json.MAPPER.readValue(json, DeadLetter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Newsline dead letter: " + e.getOriginalMessage()
                    + "; value starts with: " + ArticleRecordCodec.preview(json), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a dead letter from memory", e);
        }
    }

    /** The dead letter as one line of JSON. */
    public static String toJson(DeadLetter d) {
        Objects.requireNonNull(d, "deadLetter");
        try {
            return Json.MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot encode dead letter for " + d.url(), e);
        }
    }
}
