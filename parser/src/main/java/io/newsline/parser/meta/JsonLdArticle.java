package io.newsline.parser.meta;

import io.newsline.parser.Author;
import java.util.List;

/**
 * What a page's JSON-LD says about its article (the first {@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}, {@code BlogPosting}, ... node, found at top level, in arrays or in {@code @graph}).
 * Strings are null and lists empty when absent; {@code free} is null when undeclared.
 */
record JsonLdArticle(
        String headline,
        String alternativeHeadline,
        List<Author> authors,
        String datePublished,
        String dateModified,
        String section,
        List<String> keywords,
        List<String> images,
        String url,
        String language,
        String publisher,
        Boolean free) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null, null, List.of(), List.of(),
            null, null, null, null);

    JsonLdArticle {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        images = List.copyOf(images);
    }

    boolean isPresent() {
        return this != NONE;
    }
}
