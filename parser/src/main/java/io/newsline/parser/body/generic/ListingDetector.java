package io.newsline.parser.body.generic;

/**
 * Decides whether what the scorer found is an article or a listing page (a section front, a search result,
 * a tag page): many link-headed teasers, or too little continuous prose around them.
 */
public final class ListingDetector {

    /** Weighted characters of prose below which a page is not an article. */
    static final int MIN_PROSE = 120;

    private ListingDetector() {
    }

    /** True when the blocks collected by {@code collector} do not make an article. */
    public static boolean isListing(BlockCollector collector) {
        if (collector.blocks().isEmpty()) {
            return true;
        }
        int prose = collector.emittedChars();
        int longParagraphs = collector.longParagraphs();
        if (prose < MIN_PROSE && collector.droppedLinkChars() > prose) {
            // A few short lines among links: a navigation page, not a short article.
            return true;
        }
        int teasers = collector.teaserHeadings();
        // Many link headlines with their summaries between them, and no run of prose before the first one: a
        // section front. An article followed by a block of related headlines has its prose before them.
        boolean proseLeadsTeasers = collector.charsBeforeFirstTeaser() >= Math.max(300, prose * 0.4);
        return teasers >= 5 && !proseLeadsTeasers && longParagraphs < teasers
                && collector.droppedLinkChars() > prose / 4;
    }
}
