package io.newsline.parser;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How an article was extracted: the profile used (name and version, or null for none), the source of each
 * field (keyed by the record field name, e.g. {@code "title"}, {@code "paragraphs"}), and warnings a profile
 * author should see (e.g. "profile body selector matched nothing; used generic extractor").
 */
public record Extraction(String profile, String profileVersion, Map<String, FieldSource> fields, List<String> warnings) {
    public Extraction {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public FieldSource sourceOf(String field) {
        Objects.requireNonNull(field, "field");
        return fields.getOrDefault(field, FieldSource.NONE);
    }
}
