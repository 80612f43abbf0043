package io.newsline.parser.clean;

/**
 * Cheap facts about a line of text that let a rule written for some scripts skip the lines it can never match: a
 * rule whose every alternative holds a Chinese character is not tried on a Korean or English line, one that needs a
 * date or a counter is not tried on a line without a digit. Each test is one pass over the characters, far cheaper
 * than the regular expressions it spares; a line it lets through is tested in full, so the answers are the same.
 */
public final class LineTraits {
    private LineTraits() {
    }

    /** True when {@code text} holds a CJK ideograph (a Chinese character, or a Hanja or Kanji one). */
    public static boolean hasIdeograph(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u2e80' && (c <= '\u2fdf' || Character.isIdeographic(c) || Character.isSurrogate(c))) {
                return true; // radicals, ideographs; surrogates: CJK extension B and later, read in full
            }
        }
        return false;
    }

    /** True when {@code text} holds an ASCII digit. */
    public static boolean hasAsciiDigit(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds a Chinese or Japanese sentence end ({@code 。！？}): it is a sentence, not a label line. */
    static boolean hasSentenceEnd(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }
}
