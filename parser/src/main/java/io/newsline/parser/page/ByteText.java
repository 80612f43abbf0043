package io.newsline.parser.page;

import java.nio.charset.StandardCharsets;

/**
 * A page's bytes read as Latin-1 text, one char per byte, indexes counted from an offset. {@link #indexOf} runs
 * the JDK's vectorized {@code String.indexOf} over Latin-1 copies of the bytes made a window at a time, never
 * of the whole page: a page of a megabyte copied into one {@code String} is a "humongous" object to the G1
 * collector, placed in fresh regions whose memory the operating system must first zero; measured on the parse of
 * large news pages, that one copy cost ten times the search. Windows below the humongous size are ordinary young
 * objects. Not thread-safe.
 */
final class ByteText {
    /** Bytes per window: below G1's humongous threshold even at its smallest (1 MB) regions. */
    private static final int WINDOW = 1 << 18;
    /** Bytes a window reaches into the next one, so that any needle up to this long starting in it fits. */
    private static final int OVERLAP = 64;

    private final byte[] bytes;
    private final int offset;
    private final String[] windows;

    ByteText(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.offset = offset;
        this.windows = new String[(bytes.length - offset + WINDOW - 1) / WINDOW];
    }

    int length() {
        return bytes.length - offset;
    }

    char charAt(int index) {
        return (char) (bytes[offset + index] & 0xFF);
    }

    /** True when {@code prefix} (ASCII) stands at {@code index}. */
    boolean startsWith(String prefix, int index) {
        if (index < 0 || index + prefix.length() > length()) {
            return false;
        }
        for (int j = 0; j < prefix.length(); j++) {
            if (bytes[offset + index + j] != (byte) prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code word} (ASCII lower case) stands at {@code index} in any case. */
    boolean startsWithIgnoringCase(String word, int index) {
        if (index < 0 || index + word.length() > length()) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            int b = bytes[offset + index + j];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first {@code needle} (ASCII, at most 64 chars) at or after {@code from}, or -1. */
    int indexOf(String needle, int from) {
        for (int w = Math.max(from, 0) / WINDOW; w < windows.length; w++) {
            int start = w * WINDOW;
            int found = window(w).indexOf(needle, Math.max(from - start, 0));
            if (found >= 0) {
                return start + found;
            }
        }
        return -1;
    }

    /** The index of the first {@code c} (ASCII) at or after {@code from}, or -1. */
    int indexOf(char c, int from) {
        for (int w = Math.max(from, 0) / WINDOW; w < windows.length; w++) {
            int start = w * WINDOW;
            int found = window(w).indexOf(c, Math.max(from - start, 0));
            if (found >= 0) {
                return start + found;
            }
        }
        return -1;
    }

    private String window(int w) {
        String window = windows[w];
        if (window == null) {
            int start = offset + w * WINDOW;
            window = new String(bytes, start, Math.min(WINDOW + OVERLAP, bytes.length - start), StandardCharsets.ISO_8859_1);
            windows[w] = window;
        }
        return window;
    }
}
