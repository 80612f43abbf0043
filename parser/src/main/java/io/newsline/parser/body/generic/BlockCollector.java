package io.newsline.parser.body.generic;

import io.newsline.parser.body.MainContent.Block;
import io.newsline.parser.body.MainContent.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the chosen content roots into text blocks in reading order: paragraphs, headings (h2-h6), quotes,
 * list items of prose lists, preformatted text, and loose text in {@code div}/{@code br} runs. On the way it
 * applies Readability's conditional cleaning to nested containers (link-heavy boxes, forms, negative
 * classes), drops captions and bylines, and drops link-heavy or boilerplate blocks. A comments heading after the
 * article's text ({@link CommentsHeading}) ends the collection.
 */
public final class BlockCollector {

    private final DomStats stats;
    private final TitleHeading title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Element> photoBoxes = new ArrayList<>();
    private final TextBuffer buffer = new TextBuffer();
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
    /**
     * True once a comments heading ({@link CommentsHeading}) followed the article's text: nothing after it is
     * collected.
     */
    private boolean closedByComments;
    /** Weighted characters of article text before a comments heading may end it. */
    private static final int MIN_CHARS_BEFORE_COMMENTS = 100;
    /** Link lists not yet followed by prose: {start block, end block, weighted chars}. */
    private final List<int[]> pendingLists = new ArrayList<>();

    private BlockCollector(DomStats stats, String title) {
        this.stats = stats;
        this.title = new TitleHeading(title);
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

    /** The boxes of a photo and its caption ({@link PhotoBox}) met on the way, in order; their text is not in the blocks. */
    public List<Element> photoBoxes() {
        return photoBoxes;
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
        if (st == null || closedByComments) {
            return;
        }
        String tag = el.normalName();
        if (!root && dataTableDepth == 0 && ConditionalCleaner.dropped(el, tag, st, stats.hints())) {
            droppedAfterLastBlock |= st.chars > 0;
            return;
        }
        if (!root && dataTableDepth == 0 && PhotoBox.isCaptioned(el, tag, st, stats)) {
            photoBoxes.add(el); // a photo and its caption: the caption goes with the images
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
        boolean dataTable = tag.equals("table") && ConditionalCleaner.isDataTable(el);
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
        if (kind == Kind.PREFORMATTED) {
            String text = buffer.text.toString().strip();
            buffer.clear();
            if (!text.isEmpty()) {
                blocks.add(new Block(kind, text));
            }
            return;
        }
        if (kind != Kind.HEADING && !buffer.paragraphBreaks.isEmpty()) {
            flushParagraphs(kind);
            return;
        }
        String text = buffer.text();
        int chars = buffer.chars;
        int linkChars = buffer.linkChars;
        buffer.clear();
        if (!text.isEmpty()) {
            emit(kind, text, chars, linkChars);
        }
    }

    /**
     * Loose text that {@code <br><br>} splits into paragraphs (the body of many Korean and older pages): each
     * paragraph is judged on its own, so a line of links ("▶ 관련기사: ...") or an "광고" line among them goes.
     */
    private void flushParagraphs(Kind kind) {
        String text = buffer.text.toString();
        int start = 0;
        int charsBefore = 0;
        int linksBefore = 0;
        List<int[]> breaks = new ArrayList<>(buffer.paragraphBreaks);
        breaks.add(new int[] {text.length(), buffer.chars, buffer.linkChars});
        buffer.clear();
        for (int[] paragraphEnd : breaks) {
            String part = text.substring(start, paragraphEnd[0]).strip();
            int chars = paragraphEnd[1] - charsBefore;
            int linkChars = paragraphEnd[2] - linksBefore;
            if (!part.isEmpty() && chars > 0) {
                emit(kind, part, chars, linkChars);
            }
            start = paragraphEnd[0];
            charsBefore = paragraphEnd[1];
            linksBefore = paragraphEnd[2];
        }
    }

    private void emit(Kind kind, String text, int chars, int linkChars) {
        if (closedByComments) {
            return;
        }
        if (kind == Kind.HEADING && emittedChars >= MIN_CHARS_BEFORE_COMMENTS && CommentsHeading.test(text)) {
            closedByComments = true;
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
        if (BoilerplateLine.test(text, chars) || PostFurnitureLine.test(text, chars)) {
            return;
        }
        if (kind == Kind.HEADING && title.repeatsTitle(text)
                || emittedChars == 0 && kind != Kind.HEADING && title.isTitleLine(text, chars)) {
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

}
