package io.newsline.parser.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The URLs of a site file's {@code start} block: each must be an absolute http(s) URL with a host, checked at load
 * so that a typo fails naming the file, the line and the entry instead of aborting a run later.
 */
final class StartUrls {

    private StartUrls() {
    }

    /** What is wrong with {@code url} as a start URL, or empty when it is an absolute http(s) URL with a host. */
    static Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(e.getReason() + " at index " + e.getIndex());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(uri.getScheme() == null ? "no scheme" : "scheme '" + uri.getScheme() + "' is not http or https");
        }
        if (uri.getHost() == null) {
            return Optional.of("no host (write an international host name in its xn-- form)");
        }
        return Optional.empty();
    }

    /** Reads one start URL. */
    static final class Reader extends StdDeserializer<String> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String url = p.currentToken() == JsonToken.VALUE_STRING ? p.getText().strip() : null;
            Optional<String> problem = url == null ? Optional.of("not a text value") : problem(url);
            if (problem.isPresent()) {
                throw JsonMappingException.from(p, "expected an absolute http(s) URL such as 'https://www.example.com/sitemap.xml', got '"
                        + p.getText() + "' (" + problem.get() + ")");
            }
            return url;
        }
    }
}
