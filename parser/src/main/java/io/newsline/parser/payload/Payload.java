package io.newsline.parser.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * One payload found in a page: its format, its JSON tree, and the texts its strings may point at (flight text rows,
 * {@code "$1a"} in a string stands for row {@code 1a}; empty for other formats).
 */
record Payload(PayloadKind kind, JsonNode root, Map<String, String> texts) {
    Payload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        texts = Map.copyOf(texts);
    }

    Payload(PayloadKind kind, JsonNode root) {
        this(kind, root, Map.of());
    }
}
