package io.newsline.parser.body.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Uses a JSON-LD {@code articleBody} as a hint: when a page states its body text in structured data, the
 * container holding both the first and the last words of that text is the article. Returns the lowest
 * common ancestor of the paragraph blocks that hold them, or null when there is no usable articleBody.
 */
public final class JsonLdArticleBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Evaluator LD_JSON = QueryParser.parse("script[type=application/ld+json]");
    /** Characters (whitespace removed) of the articleBody's start and end looked for in the page. */
    private static final int KEY_LENGTH = 30;

    private JsonLdArticleBody() {
    }

    /** The element holding the page's JSON-LD articleBody, among the paragraph-like blocks of {@code stats}. */
    public static Element locate(Document doc, DomStats stats) {
        String body = articleBody(doc);
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
        return commonAncestor(first, last);
    }

    static String articleBody(Document doc) {
        for (Element script : doc.select(LD_JSON)) {
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
