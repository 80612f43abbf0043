package io.newsline.parser.meta;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Resolves URLs from metadata against the page URL. */
final class Urls {
    private Urls() {
    }

    /** {@code ref} made absolute against {@code base}; empty when it cannot be resolved to an http(s) URL. */
    static Optional<String> absolute(String base, String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String r = ref.strip();
        try {
            URI resolved = new URI(base).resolve(r.replace(" ", "%20"));
            String scheme = resolved.getScheme();
            return scheme != null && scheme.startsWith("http") ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return r.startsWith("http://") || r.startsWith("https://") ? Optional.of(r) : Optional.empty();
        }
    }
}
