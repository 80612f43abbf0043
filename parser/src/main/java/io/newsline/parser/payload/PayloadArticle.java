package io.newsline.parser.payload;

import io.newsline.parser.Author;
import io.newsline.parser.Image;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The article object found in a page's payload. {@code bodyHtml} is the body as HTML (a paragraph list or plain text
 * is turned into {@code <p>} elements, photo blocks into {@code <figure>}s), to be read like a body container of the
 * page; scalars are null and lists empty when the object does not have them.
 */
public record PayloadArticle(
        PayloadKind kind,
        String title,
        String subtitle,
        String bodyHtml,
        List<Author> authors,
        OffsetDateTime publishedAt,
        OffsetDateTime modifiedAt,
        List<Image> images) {
    public PayloadArticle {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        authors = List.copyOf(authors);
        images = List.copyOf(images);
    }
}
