package io.newsline.parser.body.generic;

import org.jsoup.nodes.Element;

/**
 * Readability's conditional cleaning of nested elements inside the chosen content: captions, bylines,
 * containers with a negative class, forms, empty boxes and link-heavy boxes are left out; data tables are
 * kept unless they are nothing but links. Link lists are not judged here: {@link BlockCollector} keeps those
 * inside the text and drops those after it.
 */
final class ConditionalCleaner {

    private ConditionalCleaner() {
    }

    /** True when {@code el} (tag {@code tag}, statistics {@code st}) is left out of the article text. */
    static boolean dropped(Element el, String tag, NodeStats st, ElementHints hints) {
        if (tag.equals("caption")) {
            return true;
        }
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
        boolean linkHeavy = (weight < 25 && ld > 0.25) || (weight >= 25 && ld > 0.5);
        // A box around a data table is judged by the table: a table of linked names is still data.
        return linkHeavy && !holdsDataTable(el);
    }

    private static boolean holdsDataTable(Element el) {
        for (Element table : el.getElementsByTag("table")) {
            if (isDataTable(table)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Readability's data-table test: not a layout table (no role=presentation, no nested table), and either
     * headers or a caption, or a grid of more than ten cells that is more than one row and one column.
     */
    static boolean isDataTable(Element table) {
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
}
