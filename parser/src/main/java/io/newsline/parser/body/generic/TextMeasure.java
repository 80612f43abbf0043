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
        if (codePoint < 0x1100) {
            return codePoint <= ' ' || codePoint == 0xA0 || codePoint == 0x85 || (codePoint >= 0x80 && codePoint < 0xA0)
                    ? 0 : 1;
        }
        if (isWide(codePoint)) {
            return 2;
        }
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) ? 0 : 1;
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

    /** Han, Hiragana, Katakana and Hangul by block ranges (a script lookup per character is too slow here). */
    static boolean isWide(int cp) {
        return (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0x3040 && cp <= 0x30FF)   // Hiragana, Katakana
                || (cp >= 0x1100 && cp <= 0x11FF)   // Hangul Jamo
                || (cp >= 0x3130 && cp <= 0x318F)   // Hangul compatibility Jamo
                || (cp >= 0x3400 && cp <= 0x4DBF)   // CJK extension A
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0x31F0 && cp <= 0x31FF)   // Katakana phonetic extensions
                || (cp >= 0xFF66 && cp <= 0xFF9F)   // half-width Katakana
                || (cp >= 0x20000 && cp <= 0x3FFFF); // CJK extensions B and later
    }
}
