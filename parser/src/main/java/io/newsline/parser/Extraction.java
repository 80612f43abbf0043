package io.newsline.parser;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How an article was extracted: the profile used (name and version, or null for none), the source of each
 * field (keyed by the record field name, e.g. {@code "title"}, {@code "paragraphs"}), and warnings a profile
 * author should see (e.g. "profile body selector matched nothing; used generic extractor"), and, when the crawl
 * knows it, how the page's URL was found ({@code foundBy}, null otherwise; the parser never sets it).
 */
public record Extraction(String profile, String profileVersion, Map<String, FieldSource> fields, List<String> warnings,
                         FoundBy foundBy) {

    /**
     * How the crawl found the page's URL.
     *
     * @param source {@code sitemap}, {@code feed}, {@code section}, {@code robots} (a sitemap robots.txt announced) or
     *               {@code link} (a link on an article page of the site)
     * @param url    the page it was found on (the sitemap, feed, section or linking article page), or null
     */
    public record FoundBy(String source, String url) {
        public FoundBy {
            Objects.requireNonNull(source, "source");
        }
    }

    /** An extraction whose URL's discovery is not known. */
    public Extraction(String profile, String profileVersion, Map<String, FieldSource> fields, List<String> warnings) {
        this(profile, profileVersion, fields, warnings, null);
    }

    public Extraction {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public FieldSource sourceOf(String field) {
        Objects.requireNonNull(field, "field");
        return fields.getOrDefault(field, FieldSource.NONE);
    }
}
