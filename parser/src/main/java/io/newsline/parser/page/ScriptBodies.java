package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds the bodies of inline JavaScript in a page's bytes, so the parser can skip them. Nothing Newsline reads
 * comes from a script's code, yet on today's news pages half the bytes can be code that the parser scans character
 * by character and copies into the document; skipping it makes the parse of such pages a fifth to a third cheaper.
 * The {@code <script>} elements themselves stay (empty), and so do the bodies of JSON scripts
 * ({@code application/ld+json} and other {@code json} types), which metadata and the body extractor read.
 *
 * <p>A body is skipped only where the parse is certain to be the same as the parse of the whole page: from the
 * end of a {@code <script ...>} tag to the first {@code </script} followed by white space, {@code /} or {@code >},
 * which is where the HTML tokenizer ends plain script data. Another {@code <script} before that end (a script that
 * writes one) is skipped with the body only when no {@code <!--}, {@code -->} or other end tag stands between: after
 * {@code <!--} a nested {@code <script>} hides the next {@code </script>} from the tokenizer, and a first
 * {@code <script} that sat in a comment, a style or an attribute would show by one of them; otherwise the rest of the
 * page is parsed as it is. Left alone as well: a {@code <script} right after a quote or {@code =} (text in an
 * attribute or a string), one inside the {@code <title>} (whose text is read), {@code <script ... />} (which the
 * parser closes at once in some places), and every page with a {@code <SCRIPT} or {@code </SCRIPT} tag in capitals
 * (names are matched in lower case or capitalised only). Inside a comment, a {@code <textarea>} or a {@code <style>}
 * a pair of script tags may lose what stands between them: text that Newsline never reads.
 *
 * <p>The search works on the bytes of the charsets {@link #canCut} accepts ({@code <} is never part of a
 * multi-byte character in UTF-8, EUC-KR, GBK, Big5 or Shift_JIS), so every cut falls between two characters. It runs on a Latin-1 view of the bytes, so the JDK's vectorized {@code String.indexOf} does
 * the scanning: about a third of a nanosecond per byte, against the several the parser spends per byte of script.
 * Thread-safe and stateless.
 */
final class ScriptBodies {
    /** How far an opening tag's attributes are read looking for its end; a longer tag is left alone. */
    private static final int MAX_OPEN_TAG = 4096;
    private static final int OPEN = 1;
    private static final int CLOSE = 2;

    private ScriptBodies() {
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

    private static final String[] ASCII_SAFE = {"UTF-8", "US-ASCII", "ISO-8859-", "WINDOWS-", "X-WINDOWS-", "EUC-", "X-EUC-",
        "GBK", "GB2312", "GB18030", "BIG5", "X-BIG5", "SHIFT_JIS", "X-SJIS", "KOI8-", "TIS-620", "X-MS950"};

    /**
     * The runs of the page's bytes from {@code offset} on to parse: everything but the bodies of inline scripts, as
     * {start, end} pairs of indexes into {@code bytes}, in order.
     */
    static int[] keptRuns(byte[] bytes, int offset) {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
        Forward comments = new Forward(text, "<!--");
        Forward commentEnds = new Forward(text, "-->");
        Forward endTags = new Forward(text, "</");
        int titleStart = text.indexOf("<title");
        int titleEnd = titleStart < 0 ? -1 : text.indexOf("</title", titleStart);
        if (titleStart >= 0 && titleEnd < 0) {
            titleEnd = text.length(); // a title never closed holds the rest of the page as its text
        }
        int[] runs = new int[16];
        int count = 0;
        int runStart = 0; // in text
        int from = 0;
        while (true) {
            int open = next(text, from, OPEN);
            if (open < 0) {
                break;
            }
            if (!plainTag(text, open)) {
                from = open + 7; // text in an attribute value or a string: title="<script>"
                continue;
            }
            if (open > titleStart && open < titleEnd) {
                from = titleEnd; // text of the title, which is read: <title>About <script> tags</title>
                continue;
            }
            int bodyStart = endOfOpenTag(text, open + 7);
            if (bodyStart < 0) {
                break; // a tag that never ends: leave the rest to the parser
            }
            if (text.charAt(bodyStart - 2) == '/') {
                // <script ... />: the parser ends it there in some places (inside <noscript>), not in others
                from = bodyStart;
                continue;
            }
            int close = next(text, bodyStart, OPEN | CLOSE);
            if (close >= 0 && text.charAt(close + 1) != '/') {
                // Another <script before the end. Plain script data ignores it and ends at the next </script, as
                // when a script writes one (document.write('<script ...')), but only when the body starts no
                // comment (after <!-- a nested <script> hides the next </script>) and the first <script was a tag:
                // one in a comment, an attribute or a style would show by a --> or an end tag between the two.
                close = next(text, bodyStart, CLOSE);
                if (close < 0 || comments.next(bodyStart) < close || commentEnds.next(bodyStart) < close
                        || endTags.next(bodyStart) < close) {
                    break; // leave the rest of the page to the parser as it is
                }
            }
            if (close < 0) {
                break;
            }
            from = close + 8;
            if (close == bodyStart || isJson(text, open, bodyStart)) {
                continue; // JSON is read
            }
            if (count == 0 && hasCapitalTag(text)) {
                break; // tags in capitals (<SCRIPT>, </SCRIPT>) are not searched for: on such a page nothing is skipped
            }
            if (count + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[count++] = offset + runStart;
            runs[count++] = offset + bodyStart;
            runStart = close;
        }
        if (count + 2 > runs.length) {
            runs = Arrays.copyOf(runs, count + 2);
        }
        runs[count++] = offset + runStart;
        runs[count++] = bytes.length;
        return count == runs.length ? runs : Arrays.copyOf(runs, count);
    }

    /**
     * The index of the next {@code <script} ({@code kinds} has {@link #OPEN}) or {@code </script} ({@link #CLOSE})
     * at or after {@code from} whose tag name ends there (so {@code <scripts} is not a script), or -1. The name is
     * matched in lower case or capitalised ({@code Script}).
     */
    private static int next(String text, int from, int kinds) {
        int i = from + 2;
        while (true) {
            i = text.indexOf("cript", i);
            if (i < 0) {
                return -1;
            }
            int after = i + 5;
            if (after < text.length() && endsTagName(text.charAt(after))) {
                char s = text.charAt(i - 1);
                if (s == 's' || s == 'S') {
                    if ((kinds & OPEN) != 0 && i - 2 >= from && text.charAt(i - 2) == '<') {
                        return i - 2;
                    }
                    if ((kinds & CLOSE) != 0 && i - 3 >= from && text.charAt(i - 2) == '/' && text.charAt(i - 3) == '<') {
                        return i - 3;
                    }
                }
            }
            i = after;
        }
    }

    /** True when the {@code <script} at {@code open} starts a tag: not the text of an attribute value or a string. */
    private static boolean plainTag(String text, int open) {
        if (open == 0) {
            return true;
        }
        char before = text.charAt(open - 1);
        return before != '"' && before != '\'' && before != '=' && before != '\\' && before != '`';
    }

    /**
     * The occurrences of one string, searched forward only: an answer is kept while it is still ahead, so the page
     * is scanned at most once however often it is asked.
     */
    private static final class Forward {
        private final String text;
        private final String needle;
        private int searchedFrom = -1;
        private int found;

        Forward(String text, String needle) {
            this.text = text;
            this.needle = needle;
        }

        /** The first occurrence at or after {@code from}, or {@link Integer#MAX_VALUE}; {@code from} never goes back. */
        int next(int from) {
            if (searchedFrom < 0 || searchedFrom > from || found != Integer.MAX_VALUE && found < from) {
                int i = text.indexOf(needle, from);
                found = i < 0 ? Integer.MAX_VALUE : i;
                searchedFrom = from;
            }
            return found;
        }
    }

    /** True when the page has a {@code <SCRIPT} or {@code </SCRIPT} tag. */
    private static boolean hasCapitalTag(String text) {
        for (int i = text.indexOf("SCRIPT", 1); i >= 0; i = text.indexOf("SCRIPT", i + 6)) {
            char before = text.charAt(i - 1);
            if (before == '<' || before == '/' && i >= 2 && text.charAt(i - 2) == '<') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsTagName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>';
    }

    /**
     * The index just after the {@code >} that ends the opening tag whose attributes start at {@code from}, with
     * quoted attribute values read as the tokenizer reads them; -1 when there is none within {@link #MAX_OPEN_TAG}.
     */
    private static int endOfOpenTag(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_OPEN_TAG);
        char quote = 0;
        boolean valueMayStart = false;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '>') {
                return i + 1;
            } else if ((c == '"' || c == '\'') && valueMayStart) {
                quote = c;
            } else if (c == '=') {
                valueMayStart = true;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                valueMayStart = false;
            }
        }
        return -1;
    }

    /** True when the opening tag {@code text[open, end)} declares a JSON type (ld+json, application/json, ...). */
    private static boolean isJson(String text, int open, int end) {
        for (int i = open; i + 4 <= end; i++) {
            char c = text.charAt(i);
            if ((c == 'j' || c == 'J') && text.regionMatches(true, i, "json", 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
