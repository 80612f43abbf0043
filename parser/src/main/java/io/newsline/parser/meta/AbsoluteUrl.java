package io.newsline.parser.meta;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * An attribute's URL made absolute, as jsoup's {@link Element#absUrl} does, without its cost: jsoup parses the
 * document's base URL again on every call. Here values that are already absolute {@code http(s)} URLs (most
 * {@code src} and {@code href} values on news pages) come back as they are, and the parsed base URL is kept for
 * the next relative one (one per thread: the parser is used from many threads).
 */
public final class AbsoluteUrl {
    private static final ThreadLocal<Base> LAST_BASE = new ThreadLocal<>();

    /** A base URI and its parsed URL. */
    private record Base(String uri, URL url) {
    }

    private AbsoluteUrl() {
    }

    /** The absolute URL in {@code attribute} of {@code el}, or "" when it is missing or cannot be resolved. */
    public static String of(Element el, String attribute) {
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
}
