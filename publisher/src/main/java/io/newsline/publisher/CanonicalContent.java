package io.newsline.publisher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.parser.Article;
import io.newsline.parser.Author;
import io.newsline.parser.Image;

/**
 * The canonical encoding hashed into {@link ArticleRecords#contentHashOf(Article)}: a compact JSON object with
 * fixed keys in a fixed order, nulls written as null, so that two articles hash alike exactly when a reader would
 * see the same content. Dates are written as UTC instants so that a change of offset notation alone is no change.
 */
final class CanonicalContent {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CanonicalContent() {
    }

    static String of(Article a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", a.title());
        root.put("subtitle", a.subtitle());
        ArrayNode authors = root.putArray("authors");
        for (Author author : a.authors()) {
            authors.addArray().add(author.name()).add(author.email());
        }
        root.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toInstant().toString());
        ArrayNode paragraphs = root.putArray("paragraphs");
        a.paragraphs().forEach(paragraphs::add);
        ArrayNode images = root.putArray("images");
        for (Image image : a.images()) {
            images.addArray().add(image.url()).add(image.caption()).add(image.credit());
        }
        ArrayNode tags = root.putArray("tags");
        a.tags().forEach(tags::add);
        root.put("section", a.section());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the content of " + a.url(), e);
        }
    }
}
