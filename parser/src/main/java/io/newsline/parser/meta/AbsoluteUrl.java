package io.newsline.parser.meta;

import org.jsoup.nodes.Element;

/**
 * An attribute's URL made absolute, as jsoup's {@link Element#absUrl} does, without its cost where none is
 * needed: jsoup parses the document's base URL again on every call, while most {@code src} and {@code href}
 * values on news pages are already absolute {@code http(s)} URLs and come back as they are.
 */
public final class AbsoluteUrl {

    private AbsoluteUrl() {
    }

    /** The absolute URL in {@code attribute} of {@code el}, or "" when it is missing or cannot be resolved. */
    public static String of(Element el, String attribute) {
        String value = el.attr(attribute);
        if (value.isEmpty()) {
            return "";
        }
        String url = value.strip();
        return isPlainAbsolute(url) ? url : el.absUrl(attribute);
    }

    /** An http(s) URL with a host and nothing jsoup would clean (white space or control characters). */
    private static boolean isPlainAbsolute(String url) {
        int start;
        if (url.regionMatches(true, 0, "https://", 0, 8)) {
            start = 8;
        } else if (url.regionMatches(true, 0, "http://", 0, 7)) {
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
