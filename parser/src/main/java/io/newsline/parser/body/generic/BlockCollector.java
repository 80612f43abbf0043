package io.newsline.parser.body.generic;

import io.newsline.parser.body.MainContent.Block;
import io.newsline.parser.body.MainContent.Block.Kind;
import io.newsline.parser.eval.TokenF1;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the chosen content roots into text blocks in reading order: paragraphs, headings (h2-h6), quotes,
 * list items of prose lists, preformatted text, and loose text in {@code div}/{@code br} runs. On the way it
 * applies Readability's conditional cleaning to nested containers (link-heavy boxes, forms, negative
 * classes), drops captions and bylines, and drops link-heavy or boilerplate blocks.
 */
public final class BlockCollector {

    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(advertisement|advertisment|sponsored|share( this)?( article| story)?|read more|continue reading"
                    + "|related( articles| stories)?|sign up.*|subscribe.*|follow us.*|click here.*|loading\\.*"
                    + "|광고|기사\\s*공유|관련\\s*기사|많이\\s*본\\s*뉴스|댓글.*|广告|相关(新闻|文章)|分享|広告|関連記事"
                    + "|この記事をシェア)[\\s.:!…]*$",
            Pattern.CASE_INSENSITIVE);
    private static final String[] COPYRIGHT = {
        "©", "(c) 1", "(c) 2", "copyright", "all rights reserved", "무단전재", "무단 전재", "재배포 금지", "재배포금지", "저작권자",
        "版权所有", "禁止转载", "無断転載", "無断複製"};

    private static final Pattern DATE_WORDS = Pattern.compile(
            "[\\p{N}\\p{P}\\p{Z}\\s年月日時分秒]|午前|午後|오전|오후|입력|수정|승인|发布|更新|am|pm|utc|gmt|kst|jst"
                    + "|published|updated|posted|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
                    + "|\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\bon\\b|\\bat\\b",
            Pattern.CASE_INSENSITIVE);

    private final DomStats stats;
    private final String title;
    private java.util.Set<String> titleTokens;
    private final List<Block> blocks = new ArrayList<>();
    private final Buffer buffer = new Buffer();
    private int teaserHeadings;
    private int droppedLinkChars;
    private int dataTableDepth;
    private int emittedChars;
    private int longParagraphs;
    private int charsBeforeFirstTeaser;
    /** True when text was dropped after the last emitted block. */
    private boolean droppedAfterLastBlock;
    /** A link-heavy heading waiting to see whether prose follows it. */
    private Block pendingLinkHeading;
    private int linkListDepth;
    /** Link lists not yet followed by prose: {start block, end block, weighted chars}. */
    private final List<int[]> pendingLists = new ArrayList<>();

    private BlockCollector(DomStats stats, String title) {
        this.stats = stats;
        this.title = title == null ? "" : title;
    }

    /** Emits the blocks below {@code roots}, in order; {@code title} is the page title (a heading repeating it is dropped). */
    public static BlockCollector collect(DomStats stats, List<Element> roots, String title) {
        BlockCollector c = new BlockCollector(stats, title);
        for (Element root : roots) {
            c.visit(root, Kind.PARAGRAPH, true);
            c.flush(Kind.PARAGRAPH);
        }
        c.dropTrailingLinkLists();
        c.dropTrailingHeadings();
        return c;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Weighted characters of all emitted blocks. */
    public int emittedChars() {
        return emittedChars;
    }

    /** Emitted blocks (not headings) of 150 or more weighted characters: paragraphs of real prose. */
    public int longParagraphs() {
        return longParagraphs;
    }

    /** Weighted characters emitted before the first teaser heading (all of them when there is none). */
    public int charsBeforeFirstTeaser() {
        return teaserHeadings == 0 ? emittedChars : charsBeforeFirstTeaser;
    }

    /** Link-heavy headings that were dropped: the headlines of teasers, a sign of a listing page. */
    public int teaserHeadings() {
        return teaserHeadings;
    }

    /** Weighted characters of the blocks dropped for being link-heavy. */
    public int droppedLinkChars() {
        return droppedLinkChars;
    }

    private void visit(Element el, Kind context, boolean root) {
        NodeStats st = stats.of(el);
        if (st == null) {
            return;
        }
        String tag = el.normalName();
        if (!root && dropped(el, tag, st)) {
            droppedAfterLastBlock |= st.chars > 0;
            return;
        }
        Kind kind = kindOf(tag, context);
        if (tag.equals("pre")) {
            flush(context);
            buffer.append(el.wholeText(), 0);
            buffer.chars += st.chars;
            buffer.linkChars += st.linkChars;
            flush(Kind.PREFORMATTED);
            return;
        }
        if (!st.hasBlockChild) {
            flush(context);
            appendInline(el, false);
            flush(kind);
            return;
        }
        boolean dataTable = tag.equals("table") && isDataTable(el);
        boolean linkList = Tags.isList(tag) && st.linkDensity() > 0.5 && !root;
        if (dataTable) {
            dataTableDepth++;
        }
        if (linkList) {
            flush(kind);
            int start = blocks.size();
            linkListDepth++;
            visitChildren(el, kind);
            linkListDepth--;
            if (blocks.size() > start) {
                pendingLists.add(new int[] {start, blocks.size(), st.chars});
            }
        } else {
            visitChildren(el, kind);
        }
        if (dataTable) {
            dataTableDepth--;
        }
    }

    /** A heading introduces what follows: one left last because the box it titled was dropped goes too. */
    private void dropTrailingHeadings() {
        if (droppedAfterLastBlock && blocks.size() > 1 && blocks.get(blocks.size() - 1).kind() == Kind.HEADING) {
            Block last = blocks.remove(blocks.size() - 1);
            emittedChars -= TextMeasure.length(last.text());
        }
    }

    /** Drops the link lists that no prose followed: related-article and most-read lists sit after the text. */
    private void dropTrailingLinkLists() {
        for (int i = pendingLists.size() - 1; i >= 0; i--) {
            int[] range = pendingLists.get(i);
            for (Block b : blocks.subList(range[0], range[1])) {
                emittedChars -= TextMeasure.length(b.text());
            }
            blocks.subList(range[0], range[1]).clear();
            droppedLinkChars += range[2];
            droppedAfterLastBlock = true;
        }
        pendingLists.clear();
    }

    private void visitChildren(Element el, Kind kind) {
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (child instanceof TextNode text) {
                buffer.appendText(text.getWholeText(), false);
            } else if (child instanceof Element ce) {
                NodeStats cs = stats.of(ce);
                if (cs == null) {
                    continue;
                }
                if (Tags.isInline(ce.normalName()) && !cs.hasBlockChild) {
                    if (!asideInline(ce)) {
                        appendInlineElement(ce, false);
                    }
                } else {
                    flush(kind);
                    visit(ce, kind, false);
                }
            }
        }
        flush(kind);
    }

    private boolean dropped(Element el, String tag, NodeStats st) {
        if (tag.equals("caption")) {
            return true;
        }
        ElementHints hints = stats.hints();
        if (hints.caption(el)) {
            return true;
        }
        if (hints.byline(el) && st.chars < (tag.equals("p") ? 100 : 300)) {
            return true;
        }
        int weight = hints.classWeight(el);
        boolean container = isContainer(tag);
        if ((container || Tags.isHeading(tag)) && weight < 0 && weight + (st.candidate ? st.score : 0) < 0) {
            return true;
        }
        if (!container || st.commas >= 10) {
            return false;
        }
        if (tag.equals("table") && isDataTable(el)) {
            return st.linkDensity() > 0.9;
        }
        boolean list = Tags.isList(tag);
        double ld = st.linkDensity();
        if (st.inputs > st.paragraphs / 3) {
            return true;
        }
        if (list) {
            // Link lists are judged by position instead (see visit): kept inside the text, dropped at its end.
            return false;
        }
        if (st.chars < 20 && (st.images == 0 || st.images > 2)) {
            return true;
        }
        return (weight < 25 && ld > 0.25) || (weight >= 25 && ld > 0.5);
    }

    /**
     * Readability's data-table test: not a layout table (no role=presentation, no nested table), and either
     * headers or a caption, or a grid of more than ten cells that is more than one row and one column.
     */
    private static boolean isDataTable(Element table) {
        if (table.attributes().get("role").equals("presentation")) {
            return false;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        if (table.selectFirst("th, caption, thead") != null) {
            return true;
        }
        int rows = 0;
        int columns = 0;
        for (Element row : table.select("tr")) {
            rows++;
            columns = Math.max(columns, row.childrenSize());
        }
        if (rows <= 1 || columns <= 1) {
            return false;
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private static boolean isContainer(String tag) {
        switch (tag) {
            case "div": case "section": case "ul": case "ol": case "dl": case "table": case "form": case "fieldset":
            case "header": case "footer":
                return true;
            default:
                return false;
        }
    }

    private static Kind kindOf(String tag, Kind context) {
        if (context == Kind.QUOTE) {
            return Kind.QUOTE;
        }
        if (Tags.isHeading(tag)) {
            return Kind.HEADING;
        }
        switch (tag) {
            case "blockquote":
                return Kind.QUOTE;
            case "li": case "dd": case "dt":
                return Kind.LIST_ITEM;
            case "pre":
                return Kind.PREFORMATTED;
            default:
                return context == Kind.LIST_ITEM ? Kind.LIST_ITEM : Kind.PARAGRAPH;
        }
    }

    private void appendInline(Element el, boolean inLink) {
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (child instanceof TextNode text) {
                buffer.appendText(text.getWholeText(), inLink);
            } else if (child instanceof Element ce && stats.of(ce) != null && !asideInline(ce)) {
                appendInlineElement(ce, inLink);
            }
        }
    }

    /** An inline element marked as a caption or a byline (e.g. {@code <span class="img_desc">}). */
    private boolean asideInline(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        ElementHints hints = stats.hints();
        return hints.caption(el) || (hints.byline(el) && stats.of(el).chars < 100);
    }

    private void appendInlineElement(Element el, boolean inLink) {
        String tag = el.normalName();
        if (tag.equals("br")) {
            buffer.lineBreak();
            return;
        }
        appendInline(el, inLink || tag.equals("a"));
    }

    private void flush(Kind kind) {
        if (buffer.isEmpty()) {
            buffer.clear();
            return;
        }
        String text = kind == Kind.PREFORMATTED ? buffer.text.toString().strip() : buffer.text();
        int chars = buffer.chars;
        int linkChars = buffer.linkChars;
        buffer.clear();
        if (text.isEmpty()) {
            return;
        }
        if (kind == Kind.PREFORMATTED) {
            blocks.add(new Block(kind, text));
            return;
        }
        double ld = chars == 0 ? 0 : (double) linkChars / chars;
        if (ld > 0.5 && dataTableDepth == 0 && linkListDepth == 0) {
            droppedLinkChars += chars;
            droppedAfterLastBlock = true;
            pendingLinkHeading = null;
            if (kind == Kind.HEADING) {
                if (teaserHeadings == 0) {
                    charsBeforeFirstTeaser = emittedChars;
                }
                teaserHeadings++;
                // Kept only if prose follows: a listicle's linked subheading, not a related headline.
                pendingLinkHeading = new Block(kind, text);
            }
            return;
        }
        if (chars < 120 && (isCopyright(text) || BOILERPLATE.matcher(text).matches() || isDateLine(text))) {
            return;
        }
        if (kind == Kind.HEADING && repeatsTitle(text)) {
            return;
        }
        if (linkListDepth == 0 && kind != Kind.HEADING && chars >= 80 && ld < 0.3) {
            pendingLists.clear();
            if (pendingLinkHeading != null) {
                blocks.add(pendingLinkHeading);
                emittedChars += TextMeasure.length(pendingLinkHeading.text());
            }
        }
        pendingLinkHeading = null;
        emittedChars += chars;
        droppedAfterLastBlock = false;
        if (chars >= 150 && kind != Kind.HEADING && linkListDepth == 0) {
            longParagraphs++;
        }
        if (text.indexOf("\n\n") < 0) {
            blocks.add(new Block(kind, text));
            return;
        }
        for (String part : text.split("\n\n+")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                blocks.add(new Block(kind, p));
            }
        }
    }

    private static boolean isCopyright(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String marker : COPYRIGHT) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A line that is only a date or time stamp ("2026.11.20 09:31", "2026年11月20日", "입력 2026-11-20"). */
    static boolean isDateLine(String text) {
        if (text.length() > 60) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits >= 6 && DATE_WORDS.matcher(text).replaceAll("").length() <= 2;
    }

    /** True when a heading is the page title again (Readability: 75% of its tokens appear in the title). */
    private boolean repeatsTitle(String heading) {
        if (titleTokens == null) {
            titleTokens = new java.util.HashSet<>(TokenF1.tokens(title));
        }
        if (titleTokens.isEmpty()) {
            return false;
        }
        List<String> headingTokens = TokenF1.tokens(heading);
        if (headingTokens.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String t : headingTokens) {
            if (titleTokens.contains(t)) {
                shared++;
            }
        }
        return shared >= 0.75 * headingTokens.size() && headingTokens.size() >= 0.5 * titleTokens.size();
    }

    /** The loose text being gathered for the next block, with its weighted length and link share. */
    private static final class Buffer {
        private final StringBuilder text = new StringBuilder();
        private boolean pendingSpace;
        private int chars;
        private int linkChars;

        void appendText(String raw, boolean inLink) {
            int n = raw.length();
            int i = 0;
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
                int start = i;
                int weight = 0;
                while (i < n) {
                    c = raw.charAt(i);
                    if (isSpace(c)) {
                        break;
                    }
                    if (Character.isHighSurrogate(c) && i + 1 < n) {
                        weight += TextMeasure.weight(Character.toCodePoint(c, raw.charAt(i + 1)));
                        i += 2;
                    } else {
                        weight += TextMeasure.weight(c);
                        i++;
                    }
                }
                text.append(raw, start, i);
                chars += weight;
                if (inLink) {
                    linkChars += weight;
                }
            }
        }

        private static boolean isSpace(char c) {
            return c < 0x80 ? c <= ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xA0;
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
        }
    }
}
