package io.newsline.parser.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by lower-case key ({@code name}, {@code property} or {@code itemprop}; a tag with
 * several space-separated properties is listed under each), in document order, blank values left out.
 */
final class MetaTags {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private final Map<String, List<String>> byKey = new HashMap<>();

    void add(Element meta) {
        String content = meta.attr("content").trim();
        if (content.isEmpty()) {
            return;
        }
        for (String attr : new String[] {"name", "property", "itemprop"}) {
            String keys = meta.attr(attr);
            if (!keys.isEmpty()) {
                String lower = keys.trim().toLowerCase(Locale.ROOT);
                for (String key : lower.indexOf(' ') < 0 ? new String[] {lower} : WHITESPACE.split(lower)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(content);
                }
            }
        }
    }

    /** The first value under the first of {@code keys} that has one. */
    Optional<String> first(String... keys) {
        for (String key : keys) {
            List<String> values = byKey.get(key);
            if (values != null) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }

    /** Every value under any of {@code keys}, keys in the given order. */
    List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.addAll(byKey.getOrDefault(key, List.of()));
        }
        return out;
    }
}
