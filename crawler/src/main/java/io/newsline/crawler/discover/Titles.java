package io.newsline.crawler.discover;

import org.jsoup.parser.Parser;

/** Cleans titles found in sitemaps and feeds. */
final class Titles {

    private Titles() {
    }

    /**
     * Unescapes HTML entities up to twice and collapses white space. Twice because some sites escape the title before
     * putting it in CDATA ({@code <![CDATA[&amp;quot;...]]>} on newdaily), so one unescape still leaves {@code &quot;}.
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String once = Parser.unescapeEntities(raw, false);
        String twice = once.contains("&") ? Parser.unescapeEntities(once, false) : once;
        String collapsed = twice.replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
