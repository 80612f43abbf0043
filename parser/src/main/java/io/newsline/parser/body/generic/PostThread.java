package io.newsline.parser.body.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the run of posts a content candidate belongs to: three or more sibling elements of one kind (the same tag
 * and first class, or the same id with its digits taken out, as {@code div#post_1201}, {@code div#post_1202}), most
 * of which read like posts: a date or time, and a short control or label that only posts carry ({@code 回复},
 * {@code 引用}, {@code 举报}, {@code 2楼}, {@code 沙发}, {@code reply}, {@code #3}). Forum threads, blog comment lists
 * and reply lists all have this shape, whatever their class names say.
 *
 * <p>What the caller does with a run is the article rule: a thread's article is its first post, and a comment list is
 * never the article when the page has a post outside it (see {@link CandidateScorer}).
 */
final class PostThread {

    /** Sibling items of one kind from which they are a list of posts. */
    private static final int MIN_ITEMS = 3;
    /** How far above the candidate its post item may sit (Discuz: td, tr, tbody, table, div#post_N). */
    private static final int MAX_LEVELS_UP = 8;
    /** How far below the candidate, along its largest children, a run of posts is looked for. */
    private static final int MAX_LEVELS_DOWN = 8;
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}|\\d{1,2}:\\d{2}|\\d+\\s*(?:分钟|小时|天)前");
    /** Controls and labels of a post: reply, quote, report, and floor numbers. */
    private static final Pattern POST_CONTROL = Pattern.compile(
            "^(?:回复|回覆|回帖|引用|举报|舉報|\\d+\\s*楼|#\\d+楼?|\\d+#|楼主|樓主|沙发|沙發|板凳|地板|reply|quote|report)"
                    + "(?:\\s*\\(\\d+\\))?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Evaluator CONTROLS = QueryParser.parse("a, button, span, em, strong, li, i, label");
    private static final int MAX_CONTROL_LENGTH = 10;

    /** A run of post items in document order under their common parent. */
    record Run(Element container, List<Element> items) {
        Element first() {
            return items.get(0);
        }
    }

    private PostThread() {
    }

    /** The run of posts that holds {@code el} (el or one of its near ancestors is an item), or null. */
    static Run around(Element el, DomStats stats) {
        Element item = el;
        for (int level = 0; level < MAX_LEVELS_UP && item != null && item.parent() != null
                && item != stats.root(); level++) {
            Run run = runOf(item.parent(), signature(item), stats);
            if (run != null && run.items().contains(item)) {
                return run;
            }
            item = item.parent();
        }
        return null;
    }

    /**
     * The run of posts among the children of {@code el}, or of its largest child, and so on down a few levels (a
     * column holding a post and, below it, a comment box that holds the list), or null.
     */
    static Run below(Element el, DomStats stats) {
        Element level = el;
        for (int depth = 0; depth <= MAX_LEVELS_DOWN && level != null; depth++) {
            Run run = runAmongChildren(level, stats);
            if (run != null) {
                return run;
            }
            level = largestChild(level, stats);
        }
        return null;
    }

    private static Element largestChild(Element el, DomStats stats) {
        Element largest = null;
        for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
            NodeStats cs = stats.of(c);
            if (cs != null && (largest == null || cs.chars > stats.of(largest).chars)) {
                largest = c;
            }
        }
        return largest;
    }

    private static Run runAmongChildren(Element parent, DomStats stats) {
        List<String> seen = new ArrayList<>();
        for (Element c = parent.firstElementChild(); c != null; c = c.nextElementSibling()) {
            String sig = signature(c);
            if (sig == null || seen.contains(sig) || stats.of(c) == null) {
                continue;
            }
            seen.add(sig);
            Run run = runOf(parent, sig, stats);
            if (run != null) {
                return run;
            }
        }
        return null;
    }

    private static Run runOf(Element parent, String sig, DomStats stats) {
        if (sig == null) {
            return null;
        }
        List<Element> items = new ArrayList<>();
        for (Element c = parent.firstElementChild(); c != null; c = c.nextElementSibling()) {
            // The run starts at its first post: table layouts give the breadcrumb or the title bar above the
            // thread the posts' own tag and class (Dvbbs: table.tableborder1 for all of them).
            if (sig.equals(signature(c)) && stats.of(c) != null && (!items.isEmpty() || readsLikePost(c))) {
                items.add(c);
            }
        }
        if (items.size() < MIN_ITEMS) {
            return null;
        }
        int postLike = 0;
        for (Element item : items) {
            if (readsLikePost(item)) {
                postLike++;
            }
        }
        return postLike * 3 >= items.size() * 2 && readsLikePost(items.get(0)) ? new Run(parent, items) : null;
    }

    /** Tag and first class token, else tag and the id without its digits; null for plain elements. */
    private static String signature(Element el) {
        String cls = el.attributes().get("class").trim();
        if (!cls.isEmpty()) {
            int space = cls.indexOf(' ');
            return el.normalName() + "." + (space < 0 ? cls : cls.substring(0, space));
        }
        String id = el.attributes().get("id");
        if (!id.isEmpty()) {
            String stem = id.replaceAll("\\d+", "");
            if (!stem.equals(id) && !stem.isBlank()) {
                return el.normalName() + "#" + stem;
            }
        }
        return null;
    }

    private static boolean readsLikePost(Element item) {
        if (!DATE_OR_TIME.matcher(item.text()).find()) {
            return false;
        }
        for (Element c : item.select(CONTROLS)) {
            String own = c.ownText().trim();
            if (!own.isEmpty() && own.length() <= MAX_CONTROL_LENGTH
                    && POST_CONTROL.matcher(own.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }
}
