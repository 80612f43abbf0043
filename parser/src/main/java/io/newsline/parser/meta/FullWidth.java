package io.newsline.parser.meta;

/**
 * Folds the full-width digits and date punctuation Chinese and Japanese pages print ({@code ２０２５年１月２４日
 * １０：１６}) to their ASCII forms, so one set of date patterns reads both. Other characters are kept.
 */
final class FullWidth {
    private FullWidth() {
    }

    /** True when {@code c} is a full-width digit, {@code ０} to {@code ９}. */
    static boolean isDigit(char c) {
        return c >= '０' && c <= '９';
    }

    /** {@code text} with full-width digits and {@code ：／－．} folded; the same instance when it has no full-width digit. */
    static String fold(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !isDigit(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '：' -> ':';
                case '／' -> '/';
                case '－' -> '-';
                case '．' -> '.';
                default -> isDigit(c) ? (char) (c - '０' + '0') : c;
            });
        }
        return out.toString();
    }
}
