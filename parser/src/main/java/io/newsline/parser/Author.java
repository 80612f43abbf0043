package io.newsline.parser;

import java.util.Objects;

/** A person credited with an article. {@code email} is null when the page gives none. */
public record Author(String name, String email) {
    public Author {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("author name must not be blank");
        }
    }
}
