package io.newsline.parser.meta;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Absolute URLs, the two ways pages give them: a metadata value against the page URL ({@link #absolute}), and an
 * element's attribute as jsoup's {@link Element#absUrl} reads it ({@link #ofAttribute}), without that method's
 * cost: jsoup parses the document's base URL again on every call. Here attribute values that are already absolute
 * {@code http(s)} URLs (most {@code src} and {@code href} values on news pages) come back as they are, and the
 * parsed base URL is kept for the next relative one (one per thread: the parser is used from many threads).
 */
public final class Urls {
    private static final ThreadLocal<Base> LAST_BASE = new ThreadLocal<>();

    /** A base URI and its parsed URL. */
    private record Base(String uri, URL url) {
    }

    /** The absolute URL in {@code attribute} of {@code el}, or "" when it is missing or cannot be resolved. */
    public static String ofAttribute(Element el, String attribute) {
        String value = el.attr(attribute);
        if (value.isEmpty()) {
            return "";
        }
        String url = value.strip();
        if (isPlainAbsolute(url)) {
            return url;
        }
        URL base = baseUrl(el.baseUri());
        if (base == null) {
            return el.absUrl(attribute); // jsoup's own handling of a base that is not a URL
        }
        try {
            return StringUtil.resolve(base, value).toExternalForm();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return el.absUrl(attribute);
        }
    }

    private static URL baseUrl(String uri) {
        Base last = LAST_BASE.get();
        if (last != null && last.uri().equals(uri)) {
            return last.url();
        }
        try {
            URL url = new URL(uri);
            LAST_BASE.set(new Base(uri, url));
            return url;
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** An http(s) URL with a host and nothing jsoup would clean (white space or control characters). */
    private static boolean isPlainAbsolute(String url) {
        int start;
        if (url.startsWith("https://")) {
            start = 8;
        } else if (url.startsWith("http://")) {
            start = 7;
        } else {
            return false;
        }
        if (url.length() == start || url.charAt(start) == '/') {
            return false;
        }
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '\\' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

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
