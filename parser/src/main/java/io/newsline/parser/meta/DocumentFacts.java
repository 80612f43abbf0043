package io.newsline.parser.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Everything the metadata sources read, gathered in one walk over the document: meta tags, the canonical link,
 * JSON-LD scripts, the first element per microdata {@code itemprop}, the first {@code <time datetime>}, the first
 * few {@code <h1>}s, the {@code <title>}, the document language, byline-looking elements and text nodes that may
 * hold a Korean or Chinese date line. Use as a {@link NodeVisitor} over the whole document (the walk may be shared with other
 * stages), then hand to {@link MetadataReader}. One instance per page; not thread-safe.
 */
public final class DocumentFacts implements NodeVisitor {
    final MetaTags meta = new MetaTags();
    final List<String> jsonLd = new ArrayList<>();
    final Map<String, Element> itemprops = new HashMap<>();
    final List<Element> bylineElements = new ArrayList<>();
    /** Text nodes that may hold a date line (입력 ..., 수정 ..., 发布时间 ..., 2025年01月24日 10:30), in document order. */
    final List<TextNode> dateLabelTexts = new ArrayList<>();
    /** How many of {@link #dateLabelTexts} come before the first {@code <h1>}. */
    int dateTextsBeforeH1 = -1;
    /** The texts of the first few {@code <h1>}s: one of them is usually the headline, another may be the logo. */
    final List<String> h1Texts = new ArrayList<>();
    private static final int MAX_DATE_LABELS = 200;
    private static final int MAX_H1 = 5;
    String canonical;
    String title;
    String htmlLang;
    /** Korean and Chinese date lines are looked for unless the document declares another language. */
    private boolean cjkDates = true;
    Element firstH1;
    /** The first {@code <h1>}'s headline, without a subtitle it holds ({@link HeadingParts}). */
    String firstH1Text;
    /** The subtitle the first {@code <h1>} holds after a line break ({@code <br><small>부제</small>}), or null. */
    String h1Subtitle;
    Element firstTime;
    /** The absolute date behind the first relative time shown ({@code <span title="2025-1-24 10:20">昨天 10:20</span>}), or null. */
    String relativeTimeTitle;

    /** Facts of {@code doc}, gathered in a walk of their own. */
    public static DocumentFacts of(Document doc) {
        DocumentFacts facts = new DocumentFacts();
        NodeTraversor.traverse(facts, doc);
        return facts;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof Element el) {
            if (depth == 1 && htmlLang == null && el.normalName().equals("html")) {
                htmlLang = el.hasAttr("lang") ? el.attr("lang") : el.attr("xml:lang");
                cjkDates = mayPrintCjkDates(htmlLang);
            }
            visit(el);
        } else if (cjkDates && node instanceof TextNode text && dateLabelTexts.size() < MAX_DATE_LABELS
                && VisibleDateLines.mayHoldDate(text.getWholeText())) {
            dateLabelTexts.add(text);
        }
    }

    private void visit(Element el) {
        String tag = el.normalName();
        if (tag.equals("h1")) {
            heading(el);
        }
        if (el.attributesSize() == 0) {
            if (title == null && isDocumentTitle(el)) {
                title(el.text());
            }
            return; // nothing else to read from a bare element
        }
        // one pass over the attributes instead of a lookup per attribute of interest
        String cls = null;
        String id = null;
        String rel = null;
        String itemprop = null;
        for (Attribute a : el.attributes()) {
            switch (a.getKey()) {
                case "class" -> cls = a.getValue();
                case "id" -> id = a.getValue();
                case "rel" -> rel = a.getValue();
                case "itemprop" -> itemprop = a.getValue();
                default -> {
                }
            }
        }
        switch (tag) {
            case "meta" -> meta.add(el);
            case "link" -> {
                if (canonical == null && rel != null && rel.toLowerCase(Locale.ROOT).contains("canonical")) {
                    String href = Urls.ofAttribute(el, "href");
                    canonical = href.isEmpty() ? null : href;
                }
            }
            case "script" -> {
                if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(el.data());
                }
            }
            case "title" -> {
                if (title == null && isDocumentTitle(el)) {
                    title(el.text());
                }
            }
            case "time" -> {
                if (el.hasAttr("datetime") && (firstTime == null || el.hasAttr("pubdate") && !firstTime.hasAttr("pubdate"))) {
                    firstTime = el;
                }
            }
            default -> {
            }
        }
        if (relativeTimeTitle == null && cjkDates && el.hasAttr("title")) {
            relativeTimeTitle = VisibleDateLines.absoluteBehindRelative(el).orElse(null);
        }
        if (itemprop != null) {
            String props = itemprop.trim();
            for (String prop : props.indexOf(' ') < 0 ? new String[] {props} : props.split(" ")) {
                if (!prop.isEmpty()) {
                    itemprops.putIfAbsent(prop.toLowerCase(Locale.ROOT), el);
                }
            }
        }
        if (bylineElements.size() < 3 && (looksLikeByline(tag, cls, id, rel) || isLabelledAuthor(el, cls))) {
            bylineElements.add(el);
        }
    }

    /**
     * The document's title. A title in Chinese or Korean turns the date-line scan back on when the page
     * declared another language: CMS templates often say {@code lang="en"} whatever they print.
     */
    private void title(String text) {
        title = text;
        if (!cjkDates) {
            cjkDates = Languages.fromScript(text).filter(l -> l.equals("ko") || l.equals("zh")).isPresent();
        }
    }

    private void heading(Element h1) {
        if (h1Texts.size() >= MAX_H1) {
            return;
        }
        String text = h1.text();
        if (text.isBlank()) {
            return;
        }
        HeadingParts parts = HeadingParts.of(h1);
        h1Texts.add(parts.headline());
        if (firstH1 == null) {
            firstH1 = h1;
            firstH1Text = parts.headline();
            h1Subtitle = parts.subtitle();
            dateTextsBeforeH1 = dateLabelTexts.size();
        }
    }

    /** The head's {@code <title>}, not an SVG icon's. */
    private static boolean isDocumentTitle(Element el) {
        Element parent = el.parent();
        return el.normalName().equals("title") && parent != null && parent.normalName().equals("head");
    }

    /**
     * {@code <span class="author">作者：张三</span>}: an element named "author" whose text starts with a Chinese byline
     * label. Without the label an "author" element is too often a bio, a follow button or a date line as well.
     */
    private static boolean isLabelledAuthor(Element el, String cls) {
        return cls != null && cls.indexOf("author") >= 0 && CHINESE_BYLINE_LABEL.matcher(el.text()).lookingAt();
    }

    private static final Pattern CHINESE_BYLINE_LABEL = Pattern.compile("\\s*[(（【\\[]?\\s*(?:作者|撰文|记者|記者)\\s*[：:]");

    private static boolean looksLikeByline(String tag, String cls, String id, String rel) {
        if ("author".equalsIgnoreCase(rel)) {
            return true;
        }
        return (cls != null && mentions(cls) || id != null && mentions(id)) && !"meta".equals(tag);
    }

    /** Korean and Chinese date lines are looked for unless the document declares another language. */
    private static boolean mayPrintCjkDates(String htmlLang) {
        return htmlLang == null || htmlLang.isEmpty() || htmlLang.regionMatches(true, 0, "ko", 0, 2)
                || htmlLang.regionMatches(true, 0, "zh", 0, 2);
    }

    private static boolean mentions(String names) {
        // indexOf is far cheaper than a case-insensitive scan; class names are written in these two cases
        return names.indexOf("byline") >= 0 || names.indexOf("Byline") >= 0 || names.indexOf("author-name") >= 0
                || names.indexOf("writer") >= 0 || names.indexOf("Writer") >= 0;
    }

    Optional<Element> itemprop(String name) {
        return Optional.ofNullable(itemprops.get(name.toLowerCase(Locale.ROOT)));
    }
}
