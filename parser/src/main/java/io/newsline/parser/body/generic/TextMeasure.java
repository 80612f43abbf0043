package io.newsline.parser.body.generic;

/**
 * Measures text without assuming spaces or English: lengths are in code points, whitespace does not count,
 * and a Han, Kana or Hangul character counts double because it carries about as much as two Latin letters.
 * Commas and sentence ends include the CJK forms (，、。！？).
 */
public final class TextMeasure {

    private TextMeasure() {
    }

    /** The weight of one code point: 0 for whitespace, 2 for Han/Kana/Hangul, 1 otherwise. */
    public static int weight(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return 0;
        }
        if (codePoint >= 0x1100 && isWide(codePoint)) {
            return 2;
        }
        return 1;
    }

    /** The weighted length of {@code text}. */
    public static int length(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            n += weight(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** True for the comma-like separators Readability counts, plus the CJK enumeration comma and full stop. */
    public static boolean isComma(int codePoint) {
        switch (codePoint) {
            case ',': case '\u060C': case '\uFE50': case '\uFE10': case '\uFE11': case '\u2E41': case '\u2E34':
            case '\u2E32': case '\uFF0C': case '\u3001': case '\u3002':
                return true;
            default:
                return false;
        }
    }

    /** True when {@code text}, trimmed, ends like a sentence in any of the scripts we read. */
    public static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u3002' || last == '\uFF01' || last == '\uFF1F'
                || last == '"' || last == '\u201D' || last == '\u300D' || last == '\u300F' || last == '\u0964'
                || last == '\u06D4' || last == ':';
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
