package io.newsline.parser.meta;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site name off a headline: {@code "Headline - 뉴데일리"}, {@code "Headline | Site"},
 * {@code "Site :: Headline"}, {@code "한빛일보 - 제목"}, and the Chinese forms without spaces: {@code "标题_新浪新闻"}, {@code "标题|澎湃新闻"},
 * {@code "标题_国际新闻_环球网"}, {@code "标题-新华网"}. A trailing part is dropped when it is a known site name or is
 * shaped like one (a short name ending in 网, 新闻, 日报, 일보, 뉴스, ...); from a {@code <title>}, whose last part is
 * usually the site or section, a short trailing part after a clear separator is dropped as well. A hyphen or
 * colon inside a headline ({@code 美联储：维持利率不变}) is never a cut: an unspaced hyphen cuts only before a
 * site-shaped name, an unspaced colon never. When the page's {@code <h1>} is a part of the title,
 * {@link #headingIn} finds it, which is surer than any of these rules.
 */
final class TitleCleaner {
    private static final String SEPARATORS = "(?:::|\\|\\||[-|–—·»:｜_])";
    /** A separator with spaces on both sides, or {@code _ | ｜} without (they never join two halves of a headline). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+" + SEPARATORS + "\\s+|\\s*[_|｜]\\s*");
    /** An unspaced dash: a cut only before a site-shaped name ({@code 标题-新华网}). */
    private static final Pattern TIGHT_DASH = Pattern.compile("(?<=\\S)[-－–—](?=\\S)");
    /** A leading part before a separator that never joins two halves of a headline ({@code ::}, {@code |}, {@code »}). */
    private static final Pattern LEADING_SITE = Pattern.compile("^([^|:»]{1,30}?)\\s+(?:::|\\|\\||\\||»)\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*" + SEPARATORS + "\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*" + SEPARATORS + "\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern STARTS_WITH_SEPARATOR = Pattern.compile("^(?:\\s+" + SEPARATORS + "\\s|\\s*[_|｜]|[-－–—])");
    private static final Pattern ENDS_WITH_SEPARATOR = Pattern.compile("(?:\\s" + SEPARATORS + "\\s+|[_|｜]\\s*|[-－–—])$");
    /** How the names of Chinese and Korean news sites and their sections end. */
    private static final Pattern SITE_SHAPED = Pattern.compile(
            "(?:网|網|政府|新闻|新聞|日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|青年报|在线|在線|频道|頻道|资讯|資訊|客户端|之声|電視台|电视台"
                    + "|일보|신문|뉴스|방송|닷컴|타임스|저널|데일리|투데이|통신)$");
    private static final int MAX_SITE_NAME = 12;
    private static final String OPENING_BRACKETS = "【[「『《〔";
    /** A leading part in square or lenticular brackets: {@code [한빛일보] 제목}, {@code 【新华网】标题}, {@code [단독] 제목}. */
    private static final Pattern LEADING_BRACKET = Pattern.compile("^[\\[【]([^\\]】]{1,20})[\\]】]\\s*");
    /** An ellipsis that ends a shortened headline: {@code 서울 시내버스 노선 120개...}. */
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.{2,}|…+)$");
    private static final String CLOSING_BRACKETS = "】]」』》〕";

    /**
     * A trail after the headline that says where it sits, right to left: two or more {@code " < "} parts
     * ({@code 제목 < 정치 < 기사본문 - 한빛일보}, the title of a common Korean news CMS), or one ending in 기사본문
     * ("article body"). A single {@code " < "}, or one before a number ({@code 1 < 2 < 3}), may be part of a headline
     * and stays.
     */
    private static final Pattern BREADCRUMB_TRAIL = Pattern.compile("\\s<\\s[^<\\d][^<]{0,29}\\s<\\s[^<\\d].*$|\\s<\\s기사\\s?본문.*$");

    private static final java.util.Set<String> GENERIC_LABELS = java.util.Set.of("www", "com", "net", "org", "news", "edition", "mobile");

    private TitleCleaner() {
    }

    static String clean(String title, Collection<String> siteNames, boolean fromTitleTag) {
        String t = WHITESPACE.matcher(title).replaceAll(" ").strip();
        Matcher trail = BREADCRUMB_TRAIL.matcher(t);
        if (trail.find() && trail.start() > 0) {
            t = t.substring(0, trail.start()).strip(); // "제목 < 정치 < 기사본문 - 한빛일보": the headline, then where it sits
        }
        Matcher bracket = LEADING_BRACKET.matcher(t);
        if (bracket.find() && units(t.substring(bracket.end())) >= 3
                && (isSiteName(bracket.group(1), siteNames) || isSiteShaped(bracket.group(1).strip()))) {
            t = t.substring(bracket.end()).strip(); // "[한빛일보] 제목": the site's name in brackets, not a tag like [단독]
        }
        String cut = withoutTrailingSite(t, siteNames, fromTitleTag);
        if (!cut.equals(t)) {
            return unwrapped(cut);
        }
        Matcher separator = SEPARATOR.matcher(t);
        if (!separator.find()) {
            return t;
        }
        String first = t.substring(0, separator.start());
        // "한빛일보 - 제목", "新华网 | 标题": a leading part named or shaped like a news site, before a full headline
        if (isSiteName(first, siteNames) || isSiteShaped(first.strip()) && units(t.substring(separator.end())) >= 3) {
            return LEADING_SEPARATOR.matcher(t.substring(first.length())).replaceAll("").strip();
        }
        Matcher lead = LEADING_SITE.matcher(t);
        if (fromTitleTag && lead.find() && words(lead.group(1)) <= 2 && units(t.substring(lead.end())) >= 3) {
            // "뉴데일리 :: Headline": a short leading part before a strong separator is the site's name
            return t.substring(lead.end()).strip();
        }
        return t;
    }

    /**
     * The heading among {@code headings} (the page's {@code <h1>} texts) that {@code title} holds as a part:
     * all of it, or its first or last part before or after a separator ({@code 标题_新浪新闻} holds {@code 标题};
     * {@code 【标题】-中新网} holds {@code 标题} and {@code 【标题】}). A heading that is a site name, or that is
     * much shorter than the rest of the title (a logo in an {@code <h1>}), is not the headline. The longest wins.
     */
    static Optional<String> headingIn(String title, Collection<String> headings, Collection<String> siteNames) {
        String t = WHITESPACE.matcher(title).replaceAll(" ").strip();
        String best = null;
        for (String heading : headings) {
            String h = WHITESPACE.matcher(heading).replaceAll(" ").strip();
            if (h.length() < 2 || isSiteName(h, siteNames) || best != null && best.length() >= h.length()) {
                continue;
            }
            if (t.equals(h) || isPartOf(h, t)) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The heading that spells {@code headline} with other punctuation or quotes ({@code "왜 … 싸우나"... DJ} for
     * {@code 왜 … 싸우나... DJ}): the same letters and digits in the same order. Empty when no heading does.
     */
    static Optional<String> sameWords(String headline, Collection<String> headings) {
        String key = lettersAndDigits(headline);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return headings.stream().filter(h -> lettersAndDigits(h).equals(key)).findFirst();
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The heading among {@code headings} that {@code title}, a headline shortened with an ellipsis
     * ({@code 서울 시내버스 노선 120개...}), begins: the whole headline. Empty when the title is not shortened or no
     * heading completes it.
     */
    static Optional<String> completion(String title, Collection<String> headings) {
        Matcher m = ELLIPSIS.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        String stem = WHITESPACE.matcher(title.substring(0, m.start())).replaceAll(" ").strip();
        if (letters(stem) < 6) {
            return Optional.empty();
        }
        for (String heading : headings) {
            String h = WHITESPACE.matcher(heading).replaceAll(" ").strip();
            if (h.length() > stem.length() && h.startsWith(stem)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static boolean isPartOf(String h, String t) {
        int at = t.indexOf(h);
        if (at < 0) {
            return false;
        }
        int start = at;
        int end = at + h.length();
        if (start > 0 && end < t.length() && OPENING_BRACKETS.indexOf(t.charAt(start - 1)) >= 0
                && CLOSING_BRACKETS.indexOf(t.charAt(end)) == OPENING_BRACKETS.indexOf(t.charAt(start - 1))) {
            start--; // 【标题】-中新网 with the h1 标题
            end++;
        }
        String before = t.substring(0, start);
        String after = t.substring(end);
        boolean cutBefore = before.isEmpty() || endsWithSeparator(before);
        boolean cutAfter = after.isEmpty() || startsWithSeparator(after);
        if (!cutBefore || !cutAfter) {
            return false;
        }
        // a logo h1 ("뉴데일리 :: Headline") is a part too, but far shorter than the headline beside it
        int rest = letters(before) + letters(after);
        return before.isEmpty() ? letters(h) * 2 >= rest : letters(h) > rest;
    }

    private static boolean startsWithSeparator(String s) {
        return STARTS_WITH_SEPARATOR.matcher(s).find();
    }

    private static boolean endsWithSeparator(String s) {
        return ENDS_WITH_SEPARATOR.matcher(s).find();
    }

    /** Drops trailing parts that name the site or its section, one after another ({@code 标题_国际新闻_环球网}). */
    private static String withoutTrailingSite(String t, Collection<String> siteNames, boolean fromTitleTag) {
        String rest = t;
        for (int round = 0; round < 3; round++) {
            Cut cut = lastCut(rest);
            if (cut == null) {
                return rest;
            }
            String head = rest.substring(0, cut.start).strip();
            String last = rest.substring(cut.end).strip();
            if (head.isEmpty() || last.isEmpty()) {
                return rest;
            }
            boolean site = isSiteName(last, siteNames) || isSiteShaped(last);
            boolean shortPart = fromTitleTag && !cut.tightDash && units(last) <= 3 && units(head) >= 3
                    && (round == 0 || cut.underscore);
            if (!site && !shortPart) {
                return rest;
            }
            rest = TRAILING_SEPARATOR.matcher(head).replaceAll("").strip();
        }
        return rest;
    }

    private record Cut(int start, int end, boolean tightDash, boolean underscore) {
    }

    /** The last separator in {@code t}: spaced, an unspaced {@code _ | ｜}, or an unspaced dash. */
    private static Cut lastCut(String t) {
        Cut cut = null;
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) {
            cut = new Cut(m.start(), m.end(), false, m.group().strip().equals("_"));
        }
        Matcher dash = TIGHT_DASH.matcher(t);
        while (dash.find()) {
            if (cut == null || dash.start() >= cut.end) {
                cut = new Cut(dash.start(), dash.end(), true, false);
            }
        }
        return cut;
    }

    private static boolean isSiteShaped(String part) {
        return part.length() <= MAX_SITE_NAME && words(part) <= 2 && SITE_SHAPED.matcher(part).find();
    }

    /** {@code 【标题】} left alone once the site is cut off: brackets around a whole headline are decoration. */
    private static String unwrapped(String t) {
        if (t.length() > 2) {
            int open = OPENING_BRACKETS.indexOf(t.charAt(0));
            if (open >= 0 && open < 2 && t.charAt(t.length() - 1) == CLOSING_BRACKETS.charAt(open)
                    && t.indexOf(CLOSING_BRACKETS.charAt(open)) == t.length() - 1) {
                return t.substring(1, t.length() - 1).strip();
            }
        }
        return t;
    }

    private static boolean isSiteName(String part, Collection<String> siteNames) {
        String p = normal(part);
        for (String name : siteNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String n = normal(name);
            if (p.equals(n) || n.startsWith("www.") && p.equals(n.substring(4)) || isHostLabelOf(p, n)) {
                return true;
            }
        }
        return false;
    }

    /** "Reuters" for www.reuters.com: the part, letters and digits only, is the host's name label. */
    private static boolean isHostLabelOf(String part, String name) {
        if (name.indexOf('.') < 0 || name.indexOf(' ') >= 0) {
            return false;
        }
        String compact = part.replaceAll("[^\\p{L}\\p{N}]", "");
        if (compact.length() < 3) {
            return false;
        }
        for (String label : name.split("\\.")) {
            if (label.length() >= 3 && !GENERIC_LABELS.contains(label) && label.equals(compact)) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0, n = lower.length(); i < n; i++) {
            if (Character.isWhitespace(lower.charAt(i))) {
                return WHITESPACE.matcher(lower).replaceAll("");
            }
        }
        return lower;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : WHITESPACE.split(s.strip()).length;
    }

    /**
     * The length of a text in words, counting two Han or Kana characters as a word: Chinese and Japanese write
     * no spaces, so {@link #words} would count a whole Chinese headline as one.
     */
    static int units(String s) {
        int units = 0;
        for (String token : WHITESPACE.split(s.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            int ideographs = 0;
            for (int i = 0; i < token.length(); i++) {
                Character.UnicodeScript script = Character.UnicodeScript.of(token.charAt(i));
                if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                        || script == Character.UnicodeScript.KATAKANA) {
                    ideographs++;
                }
            }
            units += ideographs == 0 ? 1 : Math.max(1, (ideographs + 1) / 2);
        }
        return units;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
