package io.newsline.parser.body.generic;

/**
 * Text statistics of one element's kept subtree, filled in by {@link DomStats}. "Inline" figures count only
 * the text that is not inside a block-level descendant: for a {@code <p>} they equal the totals; for a
 * {@code <div>} mixing loose text and paragraphs they cover the loose text only.
 */
public final class NodeStats {
    /** Weighted length of all kept text (see {@link TextMeasure}). */
    int chars;
    /** Weighted length of the kept text inside links. */
    int linkChars;
    /** Comma-like separators in all kept text. */
    int commas;
    int inlineChars;
    int inlineLinkChars;
    int inlineCommas;
    /** Line breaks ({@code <br>}) directly in the inline content. */
    int inlineBreaks;
    /** True when some kept child is a block-level element. */
    boolean hasBlockChild;
    /** Paragraph elements ({@code p}, or blocks without block children holding 25+ weighted characters). */
    int paragraphs;
    /** Form inputs (input, select, textarea, button) anywhere below, kept or not. */
    int inputs;
    /** Images below. */
    int images;
    /** The Readability content score, once this element is a candidate. */
    double score;
    /** True once the element has been initialised as a scoring candidate. */
    boolean candidate;

    public int chars() {
        return chars;
    }

    public double linkDensity() {
        return chars == 0 ? 0.0 : (double) linkChars / chars;
    }

    double inlineLinkDensity() {
        return inlineChars == 0 ? 0.0 : (double) inlineLinkChars / inlineChars;
    }
}
