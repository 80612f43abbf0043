package io.newsline.parser.body.generic;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about it, in the spirit of Readability's patterns:
 * unlikely candidates (with the "ok maybe" exceptions), positive and negative class weights, bylines,
 * captions, and the tags that are never content.
 */
public final class ElementHints {

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|modal|yom-remote|cookie|consent|newsletter|subscribe|login|signin"
                    + "|most-?read|most-?viewed|popular|ranking|best|recommend|outbrain|taboola",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OK_MAYBE = Pattern.compile(
            "and|article|body|column|content|main|mathjax|shadow", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|news_?view|view_?cont",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget"
                    + "|newsletter|subscribe|login|cookie|consent|modal|most-?read|popular|ranking|recommend|taboola|reply",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "byline|author|dateline|writtenby|p-author|reporter|journalist|writer|editor", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION = Pattern.compile(
            "caption|credit|wp-caption-text|photo_?desc|img_?desc|image_?desc", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");

    /** Tags whose subtree is never article text. */
    private static final Set<String> NEVER_CONTENT = Set.of(
            "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object", "embed",
            "canvas", "svg", "button", "input", "select", "textarea", "option", "nav", "aside", "menu",
            "dialog", "figcaption", "video", "audio", "map", "frame", "frameset", "applet", "base");

    private ElementHints() {
    }

    /** True for tags whose whole subtree is never article text (scripts, navigation, asides, form controls). */
    public static boolean neverContent(String tag) {
        return NEVER_CONTENT.contains(tag);
    }

    /** The class and id of {@code el} joined by a space (empty when neither is set). */
    public static String classAndId(Element el) {
        String cls = el.attributes().getIgnoreCase("class");
        String id = el.attributes().getIgnoreCase("id");
        if (cls.isEmpty()) {
            return id;
        }
        return id.isEmpty() ? cls : cls + " " + id;
    }

    /** Readability's unlikely-candidate test on class and id, with the "ok maybe" exceptions. */
    public static boolean unlikelyCandidate(String classAndId) {
        return !classAndId.isEmpty() && UNLIKELY.matcher(classAndId).find() && !OK_MAYBE.matcher(classAndId).find();
    }

    /** True when the element's ARIA role marks it as navigation, a complementary box, a dialog or an alert. */
    public static boolean unlikelyRole(Element el) {
        String role = el.attributes().getIgnoreCase("role");
        return !role.isEmpty() && UNLIKELY_ROLES.contains(role.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** True when the element is hidden from readers (hidden attribute, aria-hidden, display:none, visibility:hidden). */
    public static boolean hidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(el.attributes().getIgnoreCase("aria-hidden"))
                && !el.attributes().getIgnoreCase("class").contains("fallback-image")) {
            return true;
        }
        String style = el.attributes().getIgnoreCase("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Readability's class weight: -25 for a negative class or id, +25 for a positive one, each. */
    public static int classWeight(Element el) {
        int weight = 0;
        String cls = el.attributes().getIgnoreCase("class");
        String id = el.attributes().getIgnoreCase("id");
        weight += weightOf(cls);
        weight += weightOf(id);
        return weight;
    }

    private static int weightOf(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(value).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(value).find()) {
            w += 25;
        }
        return w;
    }

    /** True when class, id, rel or itemprop mark the element as a byline. */
    public static boolean byline(Element el, String classAndId) {
        if ("author".equalsIgnoreCase(el.attributes().getIgnoreCase("rel"))) {
            return true;
        }
        String itemprop = el.attributes().getIgnoreCase("itemprop");
        if (!itemprop.isEmpty() && itemprop.contains("author")) {
            return true;
        }
        return !classAndId.isEmpty() && BYLINE.matcher(classAndId).find();
    }

    /** True when class or id mark the element as a caption or a photo credit. */
    public static boolean caption(String classAndId) {
        return !classAndId.isEmpty() && CAPTION.matcher(classAndId).find();
    }
}
