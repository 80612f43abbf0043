package io.newsline.parser.meta;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalizes declared languages to BCP-47 form: {@code ko_KR} becomes {@code ko-KR}, {@code EN-us} becomes {@code en-US}. */
final class Languages {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

    private Languages() {
    }

    /**
     * The language a text's script gives away, for pages that declare none: Hangul is Korean, Kana is
     * Japanese, Han without Kana is Chinese. Empty for other scripts (Latin is shared by too many languages).
     */
    static Optional<String> fromScript(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int hangul = 0;
        int kana = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (script == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        if (hangul >= 2 && hangul >= kana) {
            return Optional.of("ko");
        }
        if (kana >= 2) {
            return Optional.of("ja");
        }
        return han >= 4 ? Optional.of("zh") : Optional.empty();
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
