package io.newsline.parser.body.generic;

import org.jsoup.nodes.Element;

/**
 * A box that holds one photo and, in a block of its own, a short text: the photo's caption, whatever the box's
 * class says ({@code <table><tr><td><img></td></tr><tr><td>서울 시내버스가 ... /한빛일보 DB</td></tr></table>},
 * {@code <div><img><p>The ferry at dawn.</p></div>}). Captions go to {@code images}, never to the text. A paragraph
 * that merely holds an image among its words is not such a box: the text must stand in one block apart from the
 * photo, with no loose text beside them, and not be a heading (a list story's item: its lede over its photo).
 */
final class PhotoBox {
    /** Weighted length of the longest text taken for a caption. */
    static final int MAX_CAPTION = 250;

    private PhotoBox() {
    }

    /** True when {@code el} (tag {@code tag}, statistics {@code st}) is a photo with its caption. */
    static boolean isCaptioned(Element el, String tag, NodeStats st, DomStats stats) {
        if (st.images == 0 || st.images > 2 || st.chars == 0 || st.chars > MAX_CAPTION || st.inlineChars > 0
                || !st.hasBlockChild || st.linkDensity() > 0.5 || !isBox(tag)) {
            return false;
        }
        return textBlocks(el, stats) == 1 && el.getElementsByTag("img").size() == 1;
    }

    private static boolean isBox(String tag) {
        switch (tag) {
            case "div": case "table": case "section": case "center": case "dl":
                return true;
            default:
                return false;
        }
    }

    /**
     * The number of innermost blocks below {@code el} that hold text, or -1 when one of them also holds the image (an
     * image among words) or is a heading, or text stands loose beside blocks.
     */
    private static int textBlocks(Element el, DomStats stats) {
        int count = 0;
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
            NodeStats cs = stats.of(child);
            if (cs == null || Tags.isInline(child.normalName())) {
                continue;
            }
            if (cs.hasBlockChild) {
                int inside = cs.inlineChars > 0 ? -1 : textBlocks(child, stats);
                if (inside < 0) {
                    return -1;
                }
                count += inside;
            } else if (cs.chars > 0) {
                if (cs.images > 0 || Tags.isHeading(child.normalName())) {
                    return -1; // words around an image, or a heading over it (a list item's lede): text
                }
                count++;
            }
        }
        return count;
    }
}
