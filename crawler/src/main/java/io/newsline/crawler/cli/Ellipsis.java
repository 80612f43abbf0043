package io.newsline.crawler.cli;

/**
 * Fits a message into a summary line without cutting a word or a URL: a long message ends at the last space that
 * fits, followed by an ellipsis. A first word (a URL) longer than the line is kept whole rather than cut.
 */
final class Ellipsis {
    static final String MARK = " …";

    private Ellipsis() {
    }

    /** {@code text} whole when it has at most {@code max} characters, else cut at a space with {@value #MARK} appended. */
    static String fit(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be 1 or more, got " + max);
        }
        if (text.length() <= max) {
            return text;
        }
        int room = max - MARK.length();
        int cut = -1;
        for (int i = Math.min(room, text.length() - 1); i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (cut <= 0) {
            // one word longer than the line (a URL): keep it whole, drop what follows it
            int end = firstSpace(text);
            return end < 0 ? text : text.substring(0, end) + MARK;
        }
        return text.substring(0, cut).stripTrailing() + MARK;
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
