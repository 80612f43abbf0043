package io.newsline.parser.meta;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication day printed in an article URL's path: {@code /2025/01/24/}, {@code /2025-01-24/}, {@code /20250124/}. */
final class UrlDate {
    private static final Pattern DAY = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");

    private UrlDate() {
    }

    /** The day as {@code yyyy-MM-dd}, or empty when the path holds none. */
    static Optional<String> in(String url) {
        int q = url.indexOf('?');
        Matcher m = DAY.matcher(q >= 0 ? url.substring(0, q) : url);
        return m.find() ? Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }
}
