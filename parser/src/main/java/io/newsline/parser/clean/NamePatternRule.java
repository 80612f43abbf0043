package io.newsline.parser.clean;

import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * Chrome by class and id words: {@code login}, {@code member}, {@code comment}, {@code reply}, {@code share},
 * {@code sns}, {@code related}, {@code popular}, {@code best}, {@code ranking}, {@code ad}, {@code banner},
 * {@code newsletter}, {@code subscribe}, {@code copyright}, {@code footer}, {@code nav}, {@code menu}, {@code gnb},
 * {@code lnb}, {@code cookie} and kin. Class and id are split into words at every non-letter, so {@code ad}
 * matches {@code ad-slot} and {@code top_ad} but not {@code head} or {@code address}.
 */
final class NamePatternRule implements ChromeRule {
    /** Words that mark chrome also as the start of a longer word ({@code commentList}, {@code navbar}). */
    private static final String[] PREFIXES = {"login", "logout", "member", "comment", "reply", "replies", "share", "sns",
        "related", "relation", "popular", "best", "ranking", "banner", "newsletter", "subscri", "copyright", "footer",
        "nav", "menu", "gnb", "lnb", "snb", "cookie", "sidebar", "breadcrumb", "social", "promo", "sponsor", "recommend",
        "taboola", "outbrain", "disqus", "popup", "trending", "mostread", "mostview", "toolbar", "signup",
        "advert", "adsense", "googleads", "skip"};
    /** Words that mark chrome only as a whole word. */
    private static final String[] WORDS = {"ad", "ads", "adv", "gdpr", "rss", "tags", "tag", "hot", "rank", "most",
        "login", "sitemap", "widget", "widgets"};
    /** Words that look like chrome words but are content ({@code commentary} is an opinion article). */
    private static final String[] CONTENT = {"commentary", "navigator", "shared", "sharing", "shares"};
    /** An id of this many words is a heading's anchor ({@code example-1-amend-a-shared-changeset}), not a widget's name. */
    private static final int ANCHOR_WORDS = 5;
    /** The words above grouped by first letter: most words of a class name start with a letter no chrome word has. */
    private static final String[][] PREFIXES_BY_LETTER = byFirstLetter(PREFIXES);
    private static final String[][] WORDS_BY_LETTER = byFirstLetter(WORDS);
    private static final String[][] CONTENT_BY_LETTER = byFirstLetter(CONTENT);

    private static String[][] byFirstLetter(String[] words) {
        String[][] table = new String[128][];
        for (String w : words) {
            String[] row = table[w.charAt(0)];
            row = row == null ? new String[1] : Arrays.copyOf(row, row.length + 1);
            row[row.length - 1] = w;
            table[w.charAt(0)] = row;
        }
        return table;
    }

    @Override
    public boolean isChrome(Element element, Position position) {
        if (element.attributesSize() == 0) {
            return false;
        }
        String id = element.id();
        String cls = element.className();
        if (id.isEmpty() && cls.isEmpty()) {
            return false;
        }
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return !isHeadingAnchor(id) && hasChromeWord(id) || hasChromeWord(cls);
    }

    private static boolean isHeadingAnchor(String id) {
        int separators = 0;
        for (int i = 0, n = id.length(); i < n; i++) {
            char c = id.charAt(i);
            if ((c == '-' || c == '_') && ++separators >= ANCHOR_WORDS - 1) {
                return true;
            }
        }
        return false;
    }

    static boolean hasChromeWord(String names) {
        int n = names.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : ' ';
            boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (isChromeWord(names, start, i)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** Whether {@code names[start, end)} is a chrome word; compares in place, as this runs for every class name. */
    private static boolean isChromeWord(String names, int start, int end) {
        char first = Character.toLowerCase(names.charAt(start));
        if (first >= 128 || PREFIXES_BY_LETTER[first] == null && WORDS_BY_LETTER[first] == null) {
            return false;
        }
        int length = end - start;
        if (matchesWhole(CONTENT_BY_LETTER[first], names, start, length)) {
            return false;
        }
        if (matchesWhole(WORDS_BY_LETTER[first], names, start, length)) {
            return true;
        }
        String[] prefixes = PREFIXES_BY_LETTER[first];
        if (prefixes != null) {
            for (String prefix : prefixes) {
                if (prefix.length() <= length && names.regionMatches(true, start, prefix, 0, prefix.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesWhole(String[] words, String names, int start, int length) {
        if (words != null) {
            for (String word : words) {
                if (word.length() == length && names.regionMatches(true, start, word, 0, length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
