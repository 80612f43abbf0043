package io.newsline.parser;

import java.util.Objects;

/** An image of the article with its caption and credit (either may be null). {@code url} is absolute. */
public record Image(String url, String caption, String credit) {
    public Image {
        Objects.requireNonNull(url, "url");
    }
}
