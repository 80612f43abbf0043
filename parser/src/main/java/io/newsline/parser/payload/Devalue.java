package io.newsline.parser.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a devalue array (Nuxt 3's {@code __NUXT_DATA__}) into a plain JSON tree. In that format every value is an
 * entry of one array, objects and arrays hold the indexes of their members, {@code ["Reactive", i]}-style pairs wrap
 * a value, {@code ["Date", "..."]} holds a date, and negative indexes stand for undefined, null and the like. A value
 * met again while it is being built (a cycle) becomes null; depth is bounded.
 */
final class Devalue {
    private static final int MAX_DEPTH = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArrayNode values;
    private final JsonNode[] done;
    private final boolean[] building;

    private Devalue(ArrayNode values) {
        this.values = values;
        this.done = new JsonNode[values.size()];
        this.building = new boolean[values.size()];
    }

    /** The tree that {@code values} encodes (its entry 0 is the root); null when it is not a devalue array. */
    static JsonNode revive(JsonNode values) {
        if (!(values instanceof ArrayNode array) || array.isEmpty()) {
            return null;
        }
        return new Devalue(array).at(0, 0);
    }

    private JsonNode at(int index, int depth) {
        if (index < 0 || index >= values.size() || depth > MAX_DEPTH || building[index]) {
            return NODES.nullNode();
        }
        if (done[index] != null) {
            return done[index];
        }
        building[index] = true;
        JsonNode value = build(values.get(index), depth);
        building[index] = false;
        done[index] = value;
        return value;
    }

    private JsonNode build(JsonNode raw, int depth) {
        if (raw.isObject()) {
            ObjectNode out = NODES.objectNode();
            raw.fields().forEachRemaining(e -> out.set(e.getKey(), member(e.getValue(), depth)));
            return out;
        }
        if (!raw.isArray()) {
            return raw; // a string, number, boolean or null stands for itself
        }
        if (!raw.isEmpty() && raw.get(0).isTextual()) {
            return tagged(raw, depth);
        }
        ArrayNode out = NODES.arrayNode();
        raw.forEach(member -> out.add(member(member, depth)));
        return out;
    }

    /** {@code ["Type", ...]}: the wrappers Nuxt uses, dates, sets and maps. */
    private JsonNode tagged(JsonNode raw, int depth) {
        String type = raw.get(0).asText();
        switch (type) {
            case "Date":
                return raw.size() > 1 ? raw.get(1) : NODES.nullNode();
            case "Set": {
                ArrayNode out = NODES.arrayNode();
                for (int i = 1; i < raw.size(); i++) {
                    out.add(member(raw.get(i), depth));
                }
                return out;
            }
            case "Map": {
                ObjectNode out = NODES.objectNode();
                for (int i = 1; i + 1 < raw.size(); i += 2) {
                    out.set(member(raw.get(i), depth).asText(), member(raw.get(i + 1), depth));
                }
                return out;
            }
            case "null":
                return NODES.nullNode();
            default:
                // Reactive, ShallowReactive, Ref, ShallowRef, EmptyRef and other one-value wrappers
                return raw.size() > 1 ? member(raw.get(1), depth) : NODES.nullNode();
        }
    }

    private JsonNode member(JsonNode index, int depth) {
        return index.isIntegralNumber() ? at(index.asInt(), depth + 1) : NODES.nullNode();
    }
}
