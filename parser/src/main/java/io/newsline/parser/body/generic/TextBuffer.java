package io.newsline.parser.body.generic;

import io.newsline.parser.clean.Spaces;
import java.util.ArrayList;
import java.util.List;

/**
 * The loose text gathered for the next block: whitespace collapsed as a browser would, {@code <br>} kept as
 * line breaks (two make a paragraph boundary), with the weighted length and the part inside links.
 */
final class TextBuffer {
    final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    int chars;
    int linkChars;
    /**
     * Where two line breaks split the text into paragraphs ({@code <br><br>}): {offset of the first break, chars so
     * far, link chars so far}, in order; empty while the text is one paragraph.
     */
    final List<int[]> paragraphBreaks = new ArrayList<>();

    void appendText(String raw, boolean inLink) {
        int n = raw.length();
        int i = 0;
        int weight = 0;
        while (i < n) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            pendingSpace = false;
            // a run of words separated by single plain spaces is copied in one piece
            int start = i;
            int end = i;
            while (i < n) {
                c = raw.charAt(i);
                if (c == ' ' && i + 1 < n && !isSpace(raw.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (isSpace(c)) {
                    break;
                }
                if (c < 0x80) {
                    weight++;
                    i++;
                } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                    weight += TextMeasure.weight(Character.toCodePoint(c, raw.charAt(i + 1)));
                    i += 2;
                } else {
                    weight += TextMeasure.weight(c);
                    i++;
                }
                end = i;
            }
            text.append(raw, start, end);
        }
        chars += weight;
        if (inLink) {
            linkChars += weight;
        }
    }

    private static boolean isSpace(char c) {
        return Spaces.isSpace(c);
    }

    void append(String raw, int weight) {
        text.append(raw);
        chars += weight;
    }

    void lineBreak() {
        // Trailing spaces before a break are dropped; two breaks make a paragraph boundary.
        int len = text.length();
        while (len > 0 && text.charAt(len - 1) == ' ') {
            len--;
        }
        text.setLength(len);
        if (len > 0) {
            if (text.charAt(len - 1) == '\n') {
                paragraphBreaks.add(new int[] {len - 1, chars, linkChars});
            }
            text.append('\n');
        }
        pendingSpace = false;
    }

    boolean isEmpty() {
        return chars == 0;
    }

    String text() {
        return text.toString().strip();
    }

    void clear() {
        text.setLength(0);
        pendingSpace = false;
        chars = 0;
        linkChars = 0;
        paragraphBreaks.clear();
    }
}
