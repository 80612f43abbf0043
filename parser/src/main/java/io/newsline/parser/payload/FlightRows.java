package io.newsline.parser.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the React flight stream that the Next.js App Router pushes into the page ({@code self.__next_f}), once its
 * string chunks are joined. The stream is rows {@code ID:PAYLOAD} ended by a newline; a JSON payload ({@code [...]},
 * {@code {...}}, {@code "..."}) joins the tree, and a text row {@code ID:TLEN,TEXT} (TEXT exactly LEN UTF-8 bytes,
 * in hexadecimal, with no newline after it) is kept by its id: strings elsewhere point at it as {@code "$ID"}.
 * Rows of other kinds (module imports, hints, errors) are passed over.
 */
final class FlightRows {
    private FlightRows() {
    }

    /** The flight stream's JSON rows as one array, and its text rows; null when {@code stream} holds no row. */
    static Payload read(String stream) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        Map<String, String> texts = new HashMap<>();
        int pos = 0;
        int n = stream.length();
        while (pos < n) {
            int colon = stream.indexOf(':', pos);
            if (colon < 0) {
                break;
            }
            String id = stream.substring(pos, colon).strip();
            if (colon + 1 < n && stream.charAt(colon + 1) == 'T' && isHexId(id)) {
                int comma = stream.indexOf(',', colon);
                if (comma > 0 && isHex(stream, colon + 2, comma)) {
                    long bytes = Long.parseLong(stream.substring(colon + 2, comma), 16);
                    int end = afterUtf8Bytes(stream, comma + 1, bytes);
                    texts.put(id, stream.substring(comma + 1, end));
                    pos = end;
                    continue;
                }
            }
            int newline = stream.indexOf('\n', colon);
            int end = newline < 0 ? n : newline;
            String payload = stream.substring(colon + 1, end);
            if (isHexId(id) && !payload.isEmpty() && "[{\"".indexOf(payload.charAt(0)) >= 0) {
                JsonNode tree = Json.readValue(payload);
                if (tree != null) {
                    rows.add(tree);
                }
            }
            pos = end + 1;
        }
        return rows.isEmpty() && texts.isEmpty() ? null : new Payload(PayloadKind.NEXT_FLIGHT, rows, texts);
    }

    /** The index in {@code s} after {@code bytes} UTF-8 bytes from {@code from} (its length when it ends first). */
    private static int afterUtf8Bytes(String s, int from, long bytes) {
        int i = from;
        long counted = 0;
        while (i < s.length() && counted < bytes) {
            int cp = s.codePointAt(i);
            counted += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isHexId(String id) {
        return !id.isEmpty() && id.length() <= 8 && isHex(id, 0, id.length());
    }

    private static boolean isHex(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
