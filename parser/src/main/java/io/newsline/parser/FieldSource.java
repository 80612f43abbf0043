package io.newsline.parser;

/** Where the value of one article field came from. Recorded per field in {@link Extraction}. */
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
