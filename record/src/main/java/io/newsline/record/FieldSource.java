package io.newsline.record;

/**
 * Where the value of one article field came from, as written in {@code extraction.fields} of the record: exactly the
 * values the schema ({@code schema/article-v1.schema.json}) allows. The parser has its own enum of the same names; the
 * publisher converts by name.
 */
public enum FieldSource {
    /** A selector or pattern of the site's profile in {@code seeds/}. */
    PROFILE,
    /** Page metadata: JSON-LD, OpenGraph / article:* meta, other meta tags, microdata, {@code <time>}. */
    METADATA,
    /** The generic main-content extractor or a generic visible-text heuristic. */
    GENERIC,
    /**
     * The article object of a JSON payload in the page's scripts (Next.js, Nuxt, Apollo/Redux state), read when the
     * HTML holds no body: the body, and what the page's metadata lacked.
     */
    PAYLOAD,
    /** Derived from the URL (e.g. a date in the path, the site's article id). */
    URL,
    /** Nothing found. */
    NONE
}
