package io.newsline.parser.payload;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads one JSON value at the start of a text and ignores what follows it (the {@code ;} and code after a script's
 * literal). JavaScript literals that JSON lacks are accepted where Jackson can: unquoted and single-quoted names and
 * strings, trailing commas, {@code \x}-free backslash escapes of any character, comments. Returns null, never
 * throws, for what is not such a value: a payload that needs a JavaScript engine is skipped, not an error.
 */
final class Json {
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private Json() {
    }

    /** The JSON value {@code text} starts with (after white space), or null. */
    static JsonNode readValue(String text) {
        return readValue(text, 0);
    }

    /** The JSON value that starts at {@code from} in {@code text} (after white space), or null. */
    static JsonNode readValue(String text, int from) {
        try (JsonParser parser = LENIENT.createParser(text.substring(from))) {
            if (parser.nextToken() == null) {
                return null;
            }
            return LENIENT.readTree(parser);
        } catch (IOException | RuntimeException e) {
            return null; // not a literal (a function call, an expression): only a JavaScript engine could read it
        }
    }

    /** The JSON value that starts at {@code from} and where it ends in {@code text}, or null. */
    static Located locate(String text, int from) {
        try (JsonParser parser = LENIENT.createParser(text.substring(from))) {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode value = LENIENT.readTree(parser);
            int end = from + (int) parser.currentLocation().getCharOffset();
            return value == null ? null : new Located(value, end);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A value read from a text and the index just after it. */
    record Located(JsonNode value, int end) {
    }
}
