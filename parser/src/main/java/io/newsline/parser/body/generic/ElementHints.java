package io.newsline.parser.body.generic;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it, in the spirit of Readability's patterns:
 * unlikely candidates (with the "ok maybe" exceptions), positive and negative class weights, bylines,
 * captions, and the tags that are never content.
 *
 * <p>Class values repeat a lot within a page, so their keyword tests run once per distinct value and are
 * remembered for the life of this object (one extraction). Keywords are plain substrings, matched on
 * the lower-cased value: a regular expression per element was the extractor's main cost.
 */
public final class ElementHints {

    private static final String[] UNLIKELY = {
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "modal", "yom-remote", "cookie", "consent", "newsletter", "subscribe", "login", "signin", "most-read",
        "mostread", "most-viewed", "mostviewed", "popular", "ranking", "best", "recommend", "outbrain", "taboola"};
    private static final String[] OK_MAYBE = {
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow"};
    private static final String[] POSITIVE = {
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story", "newsview", "news_view", "viewcont", "view_cont"};
    private static final String[] NEGATIVE = {
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "newsletter", "subscribe", "login", "cookie", "consent", "modal", "most-read",
        "mostread", "popular", "ranking", "recommend", "taboola", "reply"};
    private static final String[] BYLINE = {
        "byline", "author", "dateline", "writtenby", "p-author", "reporter", "journalist", "writer", "editor",
        "-bio", "bio-", "_bio", "bio_", "biography"};
    private static final String[] CAPTION = {
        "caption", "credit", "photo_desc", "photodesc", "img_desc", "imgdesc", "image_desc", "imagedesc"};

    private static final int F_UNLIKELY = 1;
    private static final int F_OK_MAYBE = 2;
    private static final int F_POSITIVE = 4;
    private static final int F_NEGATIVE = 8;
    private static final int F_BYLINE = 16;
    private static final int F_CAPTION = 32;

    private static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");

    /** Tags whose subtree is never article text. */
    private static final Set<String> NEVER_CONTENT = Set.of(
            "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object", "embed",
            "canvas", "svg", "button", "input", "select", "textarea", "option", "nav", "aside", "menu",
            "dialog", "figcaption", "video", "audio", "map", "frame", "frameset", "applet", "base");

    private final Map<String, Integer> flagsByClass = new HashMap<>(256);

    /** True for tags whose whole subtree is never article text (scripts, navigation, asides, form controls). */
    public static boolean neverContent(String tag) {
        return NEVER_CONTENT.contains(tag);
    }

    /** Readability's unlikely-candidate test on class and id, with the "ok maybe" exceptions. */
    public boolean unlikelyCandidate(String cls, String id) {
        int f = flags(cls);
        if (!id.isEmpty()) {
            // Only the two lists this test needs: ids are many and mostly unique.
            String v = id.toLowerCase(Locale.ROOT);
            f |= (any(v, UNLIKELY) ? F_UNLIKELY : 0) | (any(v, OK_MAYBE) ? F_OK_MAYBE : 0);
        }
        return (f & F_UNLIKELY) != 0 && (f & F_OK_MAYBE) == 0;
    }

    /** True when an ARIA role marks navigation, a complementary box, a dialog or an alert. */
    public static boolean unlikelyRole(String role) {
        return !role.isEmpty() && UNLIKELY_ROLES.contains(role.trim().toLowerCase(Locale.ROOT));
    }

    /** True when an inline style hides the element (display:none, visibility:hidden). */
    public static boolean hiddenByStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Readability's class weight: -25 for a negative class or id, +25 for a positive one, each. */
    public int classWeight(Element el) {
        return weightOf(flags(el.attributes().get("class")))
                + weightOf(idFlags(el.attributes().get("id")));
    }

    private static int weightOf(int flags) {
        int w = 0;
        if ((flags & F_NEGATIVE) != 0) {
            w -= 25;
        }
        if ((flags & F_POSITIVE) != 0) {
            w += 25;
        }
        return w;
    }

    /** True when class, id, rel or itemprop mark the element as a byline. */
    public boolean byline(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        if ("author".equalsIgnoreCase(el.attributes().get("rel"))) {
            return true;
        }
        String itemprop = el.attributes().get("itemprop");
        if (!itemprop.isEmpty() && itemprop.contains("author")) {
            return true;
        }
        return ((flags(el.attributes().get("class")) | idFlags(el.attributes().get("id")))
                & F_BYLINE) != 0;
    }

    /** True when class or id mark the element as a caption or a photo credit. */
    public boolean caption(Element el) {
        return ((flags(el.attributes().get("class")) | idFlags(el.attributes().get("id")))
                & F_CAPTION) != 0;
    }

    /** Flags of a class value: class values repeat across a page, so they are remembered. */
    private int flags(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        Integer cached = flagsByClass.get(value);
        if (cached != null) {
            return cached;
        }
        int f = computeFlags(value);
        flagsByClass.put(value, f);
        return f;
    }

    /** Flags of an id value: ids are mostly unique, so remembering them would cost more than it saves. */
    private static int idFlags(String value) {
        return value.isEmpty() ? 0 : computeFlags(value);
    }

    private static int computeFlags(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        int f = 0;
        f |= any(v, UNLIKELY) ? F_UNLIKELY : 0;
        f |= any(v, OK_MAYBE) ? F_OK_MAYBE : 0;
        f |= any(v, POSITIVE) ? F_POSITIVE : 0;
        f |= any(v, NEGATIVE) || hasToken(v, "hid") ? F_NEGATIVE : 0;
        f |= any(v, BYLINE) ? F_BYLINE : 0;
        f |= any(v, CAPTION) && namesCaption(v) ? F_CAPTION : 0;
        return f;
    }

    /**
     * True when some class token of {@code value} names a caption, rather than saying its box has none or one:
     * {@code no_caption}, {@code has-caption}, {@code with-credit} describe an image box, text and all.
     */
    private static boolean namesCaption(String value) {
        int start = 0;
        int n = value.length();
        while (start < n) {
            int end = start;
            while (end < n && !Character.isWhitespace(value.charAt(end))) {
                end++;
            }
            if (end > start && !isModifier(value, start) && anyIn(value, start, end, CAPTION)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static final String[] MODIFIERS = {"no-", "no_", "has-", "has_", "with-", "with_", "without"};

    private static boolean isModifier(String value, int start) {
        for (String m : MODIFIERS) {
            if (value.startsWith(m, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyIn(String value, int start, int end, String[] keywords) {
        for (String k : keywords) {
            int i = value.indexOf(k, start);
            if (i >= 0 && i + k.length() <= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(String value, String[] keywords) {
        for (String k : keywords) {
            if (value.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String value, String token) {
        int from = 0;
        while (true) {
            int i = value.indexOf(token, from);
            if (i < 0) {
                return false;
            }
            int end = i + token.length();
            if ((i == 0 || Character.isWhitespace(value.charAt(i - 1)))
                    && (end == value.length() || Character.isWhitespace(value.charAt(end)))) {
                return true;
            }
            from = i + 1;
        }
    }
}
