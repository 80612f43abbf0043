package io.newsline.parser.body.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Uses a JSON-LD {@code articleBody} as a hint: when a page states its body text in structured data, the
 * container holding both the first and the last words of that text is the article. Returns the lowest
 * common ancestor of the paragraph blocks that hold them, or null when there is no usable articleBody.
 */
public final class JsonLdArticleBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters (whitespace removed) of the articleBody's start and end looked for in the page. */
    private static final int KEY_LENGTH = 30;

    private JsonLdArticleBody() {
    }

    /**
     * The element holding {@code body} (a JSON-LD articleBody, see {@link #text}) among the paragraph-like
     * blocks of {@code stats}, or null when {@code body} is null or not found on the page.
     */
    public static Element locate(String body, DomStats stats) {
        if (body == null) {
            return null;
        }
        String compact = compact(body);
        if (compact.length() < 3 * KEY_LENGTH) {
            return null;
        }
        String head = compact.substring(0, KEY_LENGTH);
        String tail = compact.substring(compact.length() - KEY_LENGTH);
        Element first = null;
        Element last = null;
        for (Element p : stats.paragraphLike()) {
            if (first != null && last != null) {
                break;
            }
            String text = null;
            if (first == null) {
                text = compact(p.text());
                if (text.contains(head)) {
                    first = p;
                }
            }
            if (last == null) {
                text = text == null ? compact(p.text()) : text;
                if (text.contains(tail)) {
                    last = p;
                }
            }
        }
        if (first == null || last == null) {
            return null;
        }
        Element holder = commonAncestor(first, last);
        // The start repeated in a teaser far above the article would make the holder most of the page.
        NodeStats hs = holder == null ? null : stats.of(holder);
        if (hs == null || hs.chars > 2 * TextMeasure.length(body) + 500) {
            return null;
        }
        return holder;
    }

    /**
     * The first JSON-LD articleBody text in the scripts directly in the page's {@code <head>} or in
     * {@code bodyScripts} (the typed scripts {@link DomStats} met in the body), or null. Only ld+json scripts
     * that mention articleBody are parsed.
     */
    public static String text(Document doc, List<Element> bodyScripts) {
        Element head = doc.head();
        String found = head == null ? null : firstBody(head.children());
        return found != null ? found : firstBody(bodyScripts);
    }

    private static String firstBody(List<Element> scripts) {
        for (Element script : scripts) {
            if (!script.normalName().equals("script")
                    || !script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String data = script.data();
            if (!data.contains("articleBody")) {
                continue;
            }
            try {
                String body = find(JSON.readTree(data));
                if (body != null && !body.isBlank()) {
                    return body;
                }
            } catch (JsonProcessingException malformed) {
                // Third-party structured data is often broken; a broken block is simply no hint.
                continue;
            }
        }
        return null;
    }

    private static String find(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual()) {
                return body.asText();
            }
            for (JsonNode child : node) {
                String found = find(child);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String compact(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Element commonAncestor(Element a, Element b) {
        List<Element> aChain = a.parents();
        if (a == b || aChain.contains(b)) {
            return b == a ? a.parent() : b;
        }
        for (Element p = b; p != null; p = p.parent()) {
            if (p == a || aChain.contains(p)) {
                return p;
            }
        }
        return null;
    }
}
