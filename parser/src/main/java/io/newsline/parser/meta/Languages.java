package io.newsline.parser.meta;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalizes declared languages to BCP-47 form: {@code ko_KR} becomes {@code ko-KR}, {@code EN-us} becomes {@code en-US}. */
final class Languages {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

    private Languages() {
    }

    static Optional<String> normalize(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String t = declared.strip();
        int comma = t.indexOf(',');
        if (comma > 0) {
            t = t.substring(0, comma).strip(); // Content-Language may list several
        }
        if (!TAG.matcher(t).matches()) {
            return Optional.empty();
        }
        String[] parts = t.split("[-_]");
        StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            out.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT) : p.toLowerCase(Locale.ROOT));
        }
        return Optional.of(out.toString());
    }
}
