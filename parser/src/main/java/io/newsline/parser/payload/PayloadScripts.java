package io.newsline.parser.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The payloads in a page's scripts, in the order of {@link PayloadKind}'s formats: each recognised by its script's
 * id or by the assignment it makes, read as JSON without running any code.
 */
final class PayloadScripts {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "window\\s*\\.\\s*(__NUXT__|__APOLLO_STATE__|__PRELOADED_STATE__)\\s*=\\s*");
    private static final Pattern JSON_PARSE = Pattern.compile("JSON\\s*\\.\\s*parse\\s*\\(\\s*");
    private static final String FLIGHT_PUSH = "self.__next_f.push(";

    private PayloadScripts() {
    }

    /** Every payload {@code doc}'s scripts hold (their bodies must be whole: see {@code PayloadReader}). */
    static List<Payload> in(Document doc) {
        List<Payload> found = new ArrayList<>();
        StringBuilder flight = new StringBuilder();
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            String id = script.id();
            if (id.equals("__NEXT_DATA__")) {
                add(found, PayloadKind.NEXT_DATA, Json.readValue(data));
            } else if (id.equals("__NUXT_DATA__")) {
                add(found, PayloadKind.NUXT_DATA, Devalue.revive(Json.readValue(data)));
            } else if (data.contains(FLIGHT_PUSH)) {
                appendFlightChunks(data, flight);
            } else {
                assignments(data, found);
            }
        }
        if (flight.length() > 0) {
            Payload rows = FlightRows.read(flight.toString());
            if (rows != null) {
                found.add(rows);
            }
        }
        return found;
    }

    /** The strings of {@code self.__next_f.push([1, "..."])} calls, in order (other chunk kinds are bootstrap data). */
    private static void appendFlightChunks(String data, StringBuilder flight) {
        int at = data.indexOf(FLIGHT_PUSH);
        while (at >= 0) {
            Json.Located call = Json.locate(data, at + FLIGHT_PUSH.length());
            if (call == null) {
                return;
            }
            JsonNode args = call.value();
            if (args.isArray() && args.size() >= 2 && args.get(0).asInt(-1) == 1 && args.get(1).isTextual()) {
                flight.append(args.get(1).asText());
            }
            at = data.indexOf(FLIGHT_PUSH, call.end());
        }
    }

    /** {@code window.__X__ = {...}} and {@code window.__X__ = JSON.parse("...")}. */
    private static void assignments(String data, List<Payload> found) {
        Matcher m = ASSIGNMENT.matcher(data);
        while (m.find()) {
            PayloadKind kind = switch (m.group(1)) {
                case "__NUXT__" -> PayloadKind.NUXT;
                case "__APOLLO_STATE__" -> PayloadKind.APOLLO_STATE;
                default -> PayloadKind.PRELOADED_STATE;
            };
            Matcher parse = JSON_PARSE.matcher(data).region(m.end(), data.length());
            JsonNode value;
            if (parse.lookingAt()) {
                JsonNode text = Json.readValue(data, parse.end());
                value = text != null && text.isTextual() ? Json.readValue(text.asText()) : null;
            } else {
                value = Json.readValue(data, m.end()); // null for Nuxt's (function(a,b){...}(...)): it needs an engine
            }
            add(found, kind, value);
        }
    }

    private static void add(List<Payload> found, PayloadKind kind, JsonNode root) {
        if (root != null && root.isContainerNode()) {
            found.add(new Payload(kind, root));
        }
    }
}
