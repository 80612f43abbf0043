package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the bodies of inline scripts in a page's bytes, so the parser can skip them. Nothing Newsline reads comes
 * from JavaScript, yet on today's news pages scripts are half the bytes or more, which the parser scans character
 * by character and copies into the document; skipping them makes the whole extraction of such pages about a third
 * cheaper (docs/extraction.md, "Speed"). The {@code <script>} elements themselves stay (empty), and so do the
 * bodies of JSON scripts ({@code application/ld+json} and other {@code json} types), which metadata and the body
 * extractor read. Styles and inline SVG drawings are parsed as they are: skipping them saved less than the
 * 5% beyond the noise a fast path must earn (measured with {@code CodeBodiesCost}, 2026-12-05).
 *
 * <p>A script's body is skipped only where the parse is certain to be the same as the parse of the whole page:
 * from the end of a {@code <script ...>} tag to the first {@code </script} followed by white space, {@code /} or
 * {@code >}, which is where the HTML tokenizer ends plain script data. Another {@code <script} before that end (a
 * script that writes one) is skipped with the body only when no {@code <!--}, {@code -->} or other end tag stands
 * between: after {@code <!--} a nested {@code <script>} hides the next {@code </script>} from the tokenizer, and
 * a first {@code <script} that sat in a comment, a style or an attribute would show by one of them; otherwise the
 * rest of the page is parsed as it is. Left alone as well: a {@code <script} right after a quote or {@code =}
 * (text in an attribute or a string), one inside the {@code <title>} (whose text is read), and everything from a
 * {@code <script ... />} to the next {@code </script} (the parser closes the element at once in some places, inside
 * an SVG drawing among them, yet its tokenizer may read what follows as script data: text). Tag names are matched
 * in any case, as the tokenizer matches them. Inside a comment, a {@code <textarea>} or a {@code <style>} a pair of
 * script tags may lose what stands between them: text that Newsline never reads.
 *
 * <p>The contract is {@code CodeBodiesTest}: the document equals the parse of the whole page with scripts emptied,
 * on built fixtures, the development set's real pages and thousands of generated pages. It tests jsoup's
 * tokenizer as much as this class: rerun it on every jsoup upgrade, and rerun {@code CodeBodiesCost} to see that
 * the cut still pays.
 *
 * <p>The search works on the bytes of the charsets {@link #canCut} accepts ({@code <} is never part of a
 * multi-byte character in UTF-8, EUC-KR, GBK, Big5 or Shift_JIS), so every cut falls between two characters. It
 * moves from one {@code <} to the next ({@link ByteText#indexOf(char, int)}, the JDK's vectorized search), and
 * reads the few bytes after each: a single pass over the page at a small fraction of a nanosecond per byte, against
 * the several the parser spends per byte of script. Thread-safe and stateless.
 */
final class CodeBodies {
    /** How far an opening tag's attributes are read looking for its end; a longer tag is left alone. */
    private static final int MAX_OPEN_TAG = 4096;

    /**
     * The kinds of body cut. Each stays only while {@code CodeBodiesCost} shows it saves at least 5% of the whole
     * extraction beyond the noise; styles and SVG drawings did not (2026-12-05).
     */
    enum Branch { SCRIPT }

    /**
     * The kinds of body {@link #keptRuns} leaves out: all of them, except while a benchmark measures what one of them
     * saves (the test-side {@code CodeBodyBranches}); the bodies of the others are still found and passed over, but
     * kept. Not a setting: nothing in the product changes it.
     */
    static volatile Set<Branch> measured = EnumSet.allOf(Branch.class);

    private CodeBodies() {
    }

    /**
     * True when {@code charset} writes every ASCII character as that one byte and never uses those bytes inside
     * another character's bytes (UTF-8, the ISO-8859 and Windows code pages, EUC, GBK and GB18030, Big5, Shift_JIS):
     * only such bytes may be cut. Not ISO-2022 (whose shifted text is made of ASCII bytes), UTF-7, UTF-16 or EBCDIC.
     */
    static boolean canCut(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.contains("2022") || name.startsWith("UTF-") && !name.equals("UTF-8")) {
            return false;
        }
        for (String safe : ASCII_SAFE) {
            if (name.startsWith(safe)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ASCII_SAFE = {"UTF-8", "US-ASCII", "ISO-8859-", "WINDOWS-", "X-WINDOWS-", "EUC-",
        "X-EUC-", "GBK", "GB2312", "GB18030", "BIG5", "X-BIG5", "SHIFT_JIS", "X-SJIS", "KOI8-", "TIS-620", "X-MS950"};

    /**
     * The runs of the page's bytes from {@code offset} on to parse: everything but the bodies of inline scripts, as
     * {start, end} pairs of indexes into {@code bytes}, in order.
     */
    static int[] keptRuns(byte[] bytes, int offset) {
        ByteText text = new ByteText(bytes, offset);
        Cut cut = new Cut(text, measured);
        while (cut.next()) {
            // one tag's body after another, in document order
        }
        return cut.runs(offset, bytes.length);
    }

    /** One page being cut: the search position and the runs so far. */
    private static final class Cut {
        private final ByteText text;
        private final int titleStart;
        private final int titleEnd;
        private final boolean scripts;
        private int[] runs = new int[16];
        private int count;
        private int runStart;
        private int from;

        Cut(ByteText text, Set<Branch> branches) {
            this.text = text;
            this.scripts = branches.contains(Branch.SCRIPT);
            int start = nextTag(text, 0, "title", false);
            int end = start < 0 ? -1 : nextTag(text, start, "title", true);
            this.titleStart = start;
            this.titleEnd = start >= 0 && end < 0 ? text.length() : end; // a title never closed holds the rest
        }

        /** Handles the next script; false when nothing more is cut. */
        boolean next() {
            int open = nextTag(text, from, "script", false);
            if (open < 0) {
                return false;
            }
            if (!plainTag(text, open)) {
                from = open + 2; // text in an attribute value or a string: title="<script>"
                return true;
            }
            if (open > titleStart && open < titleEnd) {
                from = titleEnd; // text of the title, which is read: <title>About <script> tags</title>
                return true;
            }
            int bodyStart = endOfOpenTag(text, open + 7);
            if (bodyStart < 0) {
                return false; // a tag that never ends: leave the rest to the parser
            }
            if (text.charAt(bodyStart - 2) == '/') {
                // <script ... />: the parser ends the element there in some places (inside <noscript>, inside an SVG
                // drawing), but the tokenizer may still read what follows as script data up to the next </script,
                // as text: nothing is cut up to there
                int close = nextScriptTag(text, bodyStart, false);
                from = close + 8;
                return close >= 0;
            }
            return script(open, bodyStart);
        }

        private boolean script(int open, int bodyStart) {
            int close = nextScriptTag(text, bodyStart, true);
            if (close >= 0 && text.charAt(close + 1) != '/') {
                // Another <script before the end. Plain script data ignores it and ends at the next </script, as
                // when a script writes one (document.write('<script ...')), but only when the body starts no
                // comment (after <!-- a nested <script> hides the next </script>) and the first <script was a tag:
                // one in a comment, an attribute or a style would show by a --> or an end tag between the two.
                close = nextScriptTag(text, close + 1, false);
                if (close < 0 || commentOrEndTagBetween(text, bodyStart, close) || commentEndBetween(text, bodyStart, close)) {
                    return false; // leave the rest of the page to the parser as it is
                }
            }
            if (close < 0) {
                return false;
            }
            from = close + 8;
            if (scripts && close > bodyStart && !isJson(text, open, bodyStart)) { // JSON is read
                skip(bodyStart, close);
            }
            return true;
        }

        /** Leaves {@code [start, end)} out. */
        private void skip(int start, int end) {
            if (count + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[count++] = runStart;
            runs[count++] = start;
            runStart = end;
        }

        /** The runs as indexes into the page's bytes, the text starting at {@code offset}. */
        int[] runs(int offset, int length) {
            int[] out = new int[count + 2];
            for (int i = 0; i < count; i++) {
                out[i] = offset + runs[i];
            }
            out[count] = offset + runStart;
            out[count + 1] = length;
            return out;
        }
    }

    /** The index of the next {@code <name} tag ({@code </name} when {@code end}) at or after {@code from}, in any case, or -1. */
    private static int nextTag(ByteText text, int from, String name, boolean end) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (end ? i + 1 < text.length() && text.charAt(i + 1) == '/' && isTag(text, i + 2, name) : isTag(text, i + 1, name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the next {@code </script} at or after {@code from}, in any case, or of the next {@code <script}
     * when {@code orOpening}, whichever comes first; -1 when there is none.
     */
    private static int nextScriptTag(ByteText text, int from, boolean orOpening) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '/' ? isTag(text, i + 2, "script")
                    : orOpening && isTag(text, i + 1, "script")) {
                return i;
            }
        }
        return -1;
    }

    /** True when a {@code <!--} or an end tag ({@code </}) starts in {@code [start, end)}. */
    private static boolean commentOrEndTagBetween(ByteText text, int start, int end) {
        for (int i = text.indexOf('<', start); i >= 0 && i < end; i = text.indexOf('<', i + 1)) {
            if (text.startsWith("</", i) || text.startsWith("<!--", i)) {
                return true;
            }
        }
        return false;
    }

    /** How many {@code -->} start at or after {@code start} and end (their {@code >}) before {@code end}. */
    private static int commentEnds(ByteText text, int start, int end) {
        int n = 0;
        for (int i = text.indexOf('>', start + 2); i >= 0 && i < end; i = text.indexOf('>', i + 1)) {
            if (text.charAt(i - 1) == '-' && text.charAt(i - 2) == '-') {
                n++;
            }
        }
        return n;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** True when a {@code -->} starts in {@code [start, end)}. */
    private static boolean commentEndBetween(ByteText text, int start, int end) {
        return commentEnds(text, start, end + 2) > 0;
    }

    /** True when the tag name {@code name} (ASCII lower case) stands at {@code index} in any case, and ends there. */
    private static boolean isTag(ByteText text, int index, String name) {
        int after = index + name.length();
        return after < text.length() && text.startsWithIgnoringCase(name, index) && endsTagName(text.charAt(after));
    }

    /** True when the {@code <script} at {@code open} starts a tag: not the text of an attribute value or a string. */
    private static boolean plainTag(ByteText text, int open) {
        if (open == 0) {
            return true;
        }
        char before = text.charAt(open - 1);
        return before != '"' && before != '\'' && before != '=' && before != '\\' && before != '`';
    }

    private static boolean endsTagName(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    /**
     * The index just after the {@code >} that ends the opening tag whose attributes start at {@code from}, with
     * quoted attribute values read as the tokenizer reads them; -1 when there is none within {@link #MAX_OPEN_TAG}.
     */
    private static int endOfOpenTag(ByteText text, int from) {
        int limit = Math.min(text.length(), from + MAX_OPEN_TAG);
        boolean valueMayStart = false;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            } else if ((c == '"' || c == '\'') && valueMayStart) {
                i = text.indexOf(c, i + 1); // an SVG path's data can be kilobytes long
                if (i < 0 || i >= limit) {
                    return -1;
                }
            } else if (c == '=') {
                valueMayStart = true;
                continue;
            }
            if (!isSpace(c)) {
                valueMayStart = false;
            }
        }
        return -1;
    }

    /** True when the opening tag {@code text[open, end)} declares a JSON type (ld+json, application/json, ...). */
    private static boolean isJson(ByteText text, int open, int end) {
        for (int i = open; i + 4 <= end; i++) {
            char c = text.charAt(i);
            if ((c == 'j' || c == 'J') && text.startsWithIgnoringCase("json", i)) {
                return true;
            }
        }
        return false;
    }
}
