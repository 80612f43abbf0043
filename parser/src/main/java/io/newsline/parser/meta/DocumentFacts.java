package io.newsline.parser.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Everything the metadata sources read, gathered in one walk over the document: meta tags, the canonical link,
 * JSON-LD scripts, the first element per microdata {@code itemprop}, the first {@code <time datetime>}, the first
 * {@code <h1>}, the {@code <title>}, the document language and byline-looking elements.
 */
final class DocumentFacts {
    final MetaTags meta = new MetaTags();
    final List<String> jsonLd = new ArrayList<>();
    final Map<String, Element> itemprops = new HashMap<>();
    final List<Element> bylineElements = new ArrayList<>();
    String canonical;
    String title;
    String htmlLang;
    Element firstH1;
    Element firstTime;

    static DocumentFacts of(Document doc) {
        DocumentFacts facts = new DocumentFacts();
        Element html = doc.firstElementChild();
        if (html != null) {
            facts.htmlLang = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
        }
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Element el) {
                facts.visit(el);
            }
        }, doc);
        return facts;
    }

    private void visit(Element el) {
        switch (el.normalName()) {
            case "meta" -> meta.add(el);
            case "link" -> {
                if (canonical == null && el.attr("rel").toLowerCase(Locale.ROOT).contains("canonical")) {
                    String href = el.absUrl("href");
                    canonical = href.isEmpty() ? null : href;
                }
            }
            case "script" -> {
                if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(el.data());
                }
            }
            case "title" -> {
                if (title == null) {
                    title = el.text();
                }
            }
            case "h1" -> {
                if (firstH1 == null && !el.text().isBlank()) {
                    firstH1 = el;
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
        if (el.hasAttr("itemprop")) {
            for (String prop : el.attr("itemprop").trim().split("\\s+")) {
                itemprops.putIfAbsent(prop.toLowerCase(Locale.ROOT), el);
            }
        }
        if (bylineElements.size() < 3 && looksLikeByline(el)) {
            bylineElements.add(el);
        }
    }

    private static boolean looksLikeByline(Element el) {
        if ("author".equalsIgnoreCase(el.attr("rel"))) {
            return true;
        }
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        return (names.contains("byline") || names.contains("author-name") || names.contains("writer"))
                && !"meta".equals(el.normalName());
    }

    Optional<Element> itemprop(String name) {
        return Optional.ofNullable(itemprops.get(name.toLowerCase(Locale.ROOT)));
    }
}
