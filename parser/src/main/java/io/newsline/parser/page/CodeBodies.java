package io.newsline.parser.page;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the bodies of inline scripts, styles and SVG drawings in a page's bytes, so the parser can skip them.
 * Nothing Newsline reads comes from JavaScript, CSS or drawings, yet on today's news pages they are half the bytes
 * or more, which the parser scans character by character and copies into the document; skipping them makes the
 * parse of such pages a third to a half cheaper. The {@code <script>}, {@code <style>} and {@code <svg>} elements
 * themselves stay (empty), and so do the bodies of JSON scripts ({@code application/ld+json} and other
 * {@code json} types), which metadata and the body extractor read. How a drawing is read, and when it is left
 * alone, is told at {@link Cut#svg}; a drawing counts only after a tag or white space (not in
 * {@code data:image/svg+xml,<svg ...>}).
 *
 * <p>Tag names are matched in any case, as the tokenizer matches them. A style's body is raw text up to the first
 * {@code </style}; it is skipped unless another {@code <style} or a {@code -->} stands between (its tag may then
 * have been text in a comment).
 *
 * <p>A script's body is skipped only where the parse is certain to be the same as the parse of the whole page:
 * from the end of a {@code <script ...>} tag to the first {@code </script} followed by white space, {@code /} or
 * {@code >}, which is where the HTML tokenizer ends plain script data. Another {@code <script} before that end (a
 * script that writes one) is skipped with the body only when no {@code <!--}, {@code -->} or other end tag stands
 * between: after {@code <!--} a nested {@code <script>} hides the next {@code </script>} from the tokenizer, and
 * a first {@code <script} that sat in a comment, a style or an attribute would show by one of them; otherwise the
 * rest of the page is parsed as it is. Left alone as well: a {@code <script} or {@code <style} right after a
 * quote or {@code =} (text in an attribute or a string), one inside the {@code <title>} (whose text is read),
 * and {@code <script ... />} (which the parser closes at once in some places). Inside a comment, a
 * {@code <textarea>} or a {@code <style>} a pair of script tags may lose what stands between them: text that
 * Newsline never reads.
 *
 * <p>The search works on the bytes of the charsets {@link #canCut} accepts ({@code <} is never part of a
 * multi-byte character in UTF-8, EUC-KR, GBK, Big5 or Shift_JIS), so every cut falls between two characters. It
 * moves from one {@code <} to the next ({@link ByteText#indexOf(char, int)}, the JDK's vectorized search), and
 * reads the few bytes after each: a single pass over the page at a small fraction of a nanosecond per byte, against
 * the several the parser spends per byte of script or style. (Searching for each tag name in turn took four
 * passes, and four times as long.) Thread-safe and stateless.
 */
final class CodeBodies {
    /** How far an opening tag's attributes are read looking for its end; a longer tag is left alone. */
    private static final int MAX_OPEN_TAG = 4096;

    /** The kinds of body cut. */
    enum Branch { SCRIPT, STYLE, SVG }

    /**
     * The kinds of body {@link #keptRuns} leaves out: all of them, except while a benchmark measures what one of them
     * saves (the test-side {@code CodeBodyBranches}); the bodies of the others are still found, and passed over, but
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
        private final boolean styles;
        private final boolean drawings;
        private int[] runs = new int[16];
        private int count;
        private int runStart;
        private int from;

        Cut(ByteText text, Set<Branch> branches) {
            this.text = text;
            this.scripts = branches.contains(Branch.SCRIPT);
            this.styles = branches.contains(Branch.STYLE);
            this.drawings = branches.contains(Branch.SVG);
            int start = nextTag(text, 0, "title", false);
            int end = start < 0 ? -1 : nextTag(text, start, "title", true);
            this.titleStart = start;
            this.titleEnd = start >= 0 && end < 0 ? text.length() : end; // a title never closed holds the rest
        }

        /** Handles the next script, style or drawing; false when nothing more is cut. */
        boolean next() {
            int open = nextOpening(text, from);
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
            boolean isScript = isTag(text, open + 1, "script");
            boolean isSvg = !isScript && isTag(text, open + 1, "svg");
            if (isSvg && open > 0 && text.charAt(open - 1) != '>' && !isSpace(text.charAt(open - 1))) {
                from = open + 2; // markup puts a drawing after a tag or white space; "data:image/svg+xml,<svg" is a URL
                return true;
            }
            int bodyStart = endOfOpenTag(text, open + (isScript ? 7 : isSvg ? 4 : 6));
            if (bodyStart < 0) {
                return false; // a tag that never ends: leave the rest to the parser
            }
            if (text.charAt(bodyStart - 2) == '/') {
                // <script ... />: the parser ends it there in some places (inside <noscript>), not in others
                from = bodyStart;
                return true;
            }
            return isScript ? script(open, bodyStart) : isSvg ? svg(bodyStart) : style(bodyStart);
        }

        /**
         * An inline SVG drawing's body is skipped up to its end tag (nested drawings counted). Inside a drawing the
         * tokenizer reads every {@code <} as markup, a style's included, so this reads it the same way: tags with
         * their quoted attributes, comments and CDATA sections. When the drawing holds something the parser treats
         * otherwise (a tag of the HTML elements that end a drawing, {@code <p>}, {@code <div>}, ..., see
         * {@link #BREAKS_OUT_OF_SVG}; a script, which jsoup reads as script data even here; a {@code foreignObject},
         * {@code desc} or {@code title} holding markup, where HTML rules apply again), never ends, or turns out to
         * stand in an attribute value (a quote right after its end tag) or a comment (more {@code -->} than comments
         * read), the rest of the page is left to the parser.
         */
        private boolean svg(int bodyStart) {
            int depth = 1;
            int comments = 0;
            int i = bodyStart;
            while ((i = text.indexOf('<', i)) >= 0) {
                int next = i + 1;
                char c = next < text.length() ? text.charAt(next) : 0;
                if (c == '!' || c == '?') {
                    comments += text.startsWith("<!--", i) ? 1 : 0;
                    i = endOfMarkupDeclaration(text, i);
                } else if (c == '/' && next + 1 < text.length() && isAsciiLetter(text.charAt(next + 1))) {
                    if (isTag(text, next + 1, "svg") && --depth == 0) {
                        int tagEnd = text.indexOf('>', i);
                        if (tagEnd < 0) {
                            return false;
                        }
                        char after = tagEnd + 1 < text.length() ? text.charAt(tagEnd + 1) : ' ';
                        if (after == '"' || after == '\'' || commentEnds(text, bodyStart, i) != comments) {
                            return false; // a drawing in an attribute value, or one whose tag stood in a comment
                        }
                        if (drawings) {
                            skip(bodyStart, i);
                        }
                        from = i + 5;
                        return true;
                    }
                    if (breaksOut(text, next + 1, true)) {
                        return false;
                    }
                    i = text.indexOf('>', i);
                } else if (c == '/') {
                    i = text.indexOf('>', i); // </ ...>: a bogus comment
                } else if (isAsciiLetter(c)) {
                    if (breaksOut(text, next, false) || isIntegrationPointWithMarkup(text, next) || isTag(text, next, "script")) {
                        return false; // the parser reads a script as script data even here
                    }
                    int tagEnd = endOfOpenTag(text, next, text.length());
                    if (tagEnd < 0) {
                        return false;
                    }
                    if (isTag(text, next, "svg") && text.charAt(tagEnd - 2) != '/') {
                        depth++;
                    }
                    i = tagEnd;
                } else {
                    i = next; // "a < b": text
                }
                if (i < 0) {
                    return false;
                }
            }
            return false; // never ends: the rest of the page is the drawing
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

        /**
         * A style's body is raw text up to the first {@code </style}, whatever it holds ({@code <![CDATA[}, SVG in
         * data URLs). It is kept when another {@code <style} or a {@code -->} stands between: the first tag may then
         * have been text in a comment.
         */
        private boolean style(int bodyStart) {
            boolean styleBetween = false;
            int close = -1;
            for (int i = text.indexOf('<', bodyStart); i >= 0; i = text.indexOf('<', i + 1)) {
                if (i + 1 < text.length() && text.charAt(i + 1) == '/' && isTag(text, i + 2, "style")) {
                    close = i;
                    break;
                }
                styleBetween |= text.startsWithIgnoringCase("style", i + 1);
            }
            if (close < 0) {
                return false;
            }
            from = close + 7;
            if (styles && close > bodyStart && !styleBetween && !commentEndBetween(text, bodyStart, close)) {
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

    /** The HTML elements whose start tag ends an SVG drawing in the HTML parser ("breakout" tags). */
    private static final Set<String> BREAKS_OUT_OF_SVG = Set.of("b", "big", "blockquote", "body", "br", "center", "code",
            "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub",
            "sup", "table", "tt", "u", "ul", "var", "font");

    /** True when the tag name at {@code name} ends a drawing: a breakout start tag, or {@code </p>} or {@code </br>}. */
    private static boolean breaksOut(ByteText text, int name, boolean end) {
        int nameEnd = name;
        while (nameEnd < text.length() && nameEnd - name <= 10 && !endsTagName(text.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd - name > 10) {
            return false; // longer than any of them: linearGradient, foreignObject
        }
        char[] lower = new char[nameEnd - name];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = Character.toLowerCase(text.charAt(name + k));
        }
        String tag = new String(lower);
        return end ? tag.equals("p") || tag.equals("br") : BREAKS_OUT_OF_SVG.contains(tag);
    }

    /**
     * True for a {@code foreignObject}, {@code desc} or {@code title} start tag whose content is more than text up
     * to its end tag: inside them the parser applies HTML rules again (raw text scripts and styles, breakouts).
     */
    private static boolean isIntegrationPointWithMarkup(ByteText text, int name) {
        if (!isTag(text, name, "foreignobject") && !isTag(text, name, "desc") && !isTag(text, name, "title")) {
            return false;
        }
        int tagEnd = endOfOpenTag(text, name, text.length());
        if (tagEnd < 0) {
            return true;
        }
        int next = text.indexOf('<', tagEnd);
        return next < 0 || next + 1 >= text.length() || text.charAt(next + 1) != '/'
                || !(isTag(text, next + 2, "foreignobject") || isTag(text, next + 2, "desc") || isTag(text, next + 2, "title"));
    }

    /**
     * The index after a comment, CDATA section or other markup declaration starting at the {@code <} at {@code at},
     * as the tokenizer ends it; -1 when it does not end, or ends in a way this does not follow ({@code --!>}).
     */
    private static int endOfMarkupDeclaration(ByteText text, int at) {
        if (text.startsWith("<!--", at)) {
            if (text.startsWith("<!-->", at)) {
                return at + 5;
            }
            if (text.startsWith("<!--->", at)) {
                return at + 6;
            }
            for (int i = text.indexOf('>', at + 4); i >= 0; i = text.indexOf('>', i + 1)) {
                if (text.charAt(i - 1) == '-' && text.charAt(i - 2) == '-' && i - 2 >= at + 4) {
                    return i + 1;
                }
                if (text.charAt(i - 1) == '!' && text.charAt(i - 2) == '-' && text.charAt(i - 3) == '-') {
                    return -1; // --!> also ends a comment
                }
            }
            return -1;
        }
        if (text.startsWith("<![CDATA[", at)) {
            for (int i = text.indexOf('>', at + 9); i >= 0; i = text.indexOf('>', i + 1)) {
                if (text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' && i - 2 >= at + 9) {
                    return i + 1;
                }
            }
            return -1;
        }
        int end = text.indexOf('>', at + 2); // <!DOCTYPE ...>, <?xml ...?>: a bogus comment up to the first >
        return end < 0 ? -1 : end + 1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The index of the next {@code <script}, {@code <style} or {@code <svg} tag at or after {@code from}, in any case, or -1. */
    private static int nextOpening(ByteText text, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (isTag(text, i + 1, "script") || isTag(text, i + 1, "style") || isTag(text, i + 1, "svg")) {
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
        return endOfOpenTag(text, from, from + MAX_OPEN_TAG);
    }

    /** Like {@link #endOfOpenTag(ByteText, int)}, reading up to {@code limit}; a quoted value is passed over at once. */
    private static int endOfOpenTag(ByteText text, int from, int limit) {
        limit = Math.min(text.length(), limit);
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
