package io.newsline.parser.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsline.parser.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Finds the article node among a page's JSON-LD scripts and reads its fields. Tolerates what real pages ship:
 * trailing commas, raw control characters, HTML entities in strings, arrays and {@code @graph} wrappers, and
 * {@code @type} given as an array. A script that is not JSON at all is skipped.
 */
final class JsonLdReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting", "posting");
    private static final int MAX_DEPTH = 6;

    private JsonLdReader() {
    }

    static JsonLdArticle read(List<String> scripts) {
        for (String script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(stripCdata(script));
            } catch (JsonProcessingException e) {
                continue; // not JSON: a broken script says nothing about the article
            }
            JsonNode article = findArticle(root, 0);
            if (article != null) {
                return toArticle(article);
            }
        }
        return JsonLdArticle.NONE;
    }

    private static String stripCdata(String s) {
        String t = s.trim();
        if (t.startsWith("<![CDATA[") && t.endsWith("]]>")) {
            return t.substring(9, t.length() - 3);
        }
        return t.replace("//<![CDATA[", "").replace("//]]>", "");
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        JsonNode found = findArticle(node.get("@graph"), depth + 1);
        return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText().toLowerCase(Locale.ROOT);
        int slash = name.lastIndexOf('/');
        return ARTICLE_TYPES.contains(slash >= 0 ? name.substring(slash + 1) : name);
    }

    private static JsonLdArticle toArticle(JsonNode a) {
        return new JsonLdArticle(
                text(a.get("headline")) != null ? text(a.get("headline")) : text(a.get("name")),
                text(a.get("alternativeHeadline")),
                authors(a.get("author")),
                text(a.get("datePublished")) != null ? text(a.get("datePublished")) : text(a.get("dateCreated")),
                text(a.get("dateModified")),
                text(a.get("articleSection")),
                keywords(a.get("keywords")),
                urls(a.get("image")),
                url(a),
                text(a.get("inLanguage")),
                text(a.get("publisher")),
                free(a));
    }

    /** A string value: the string itself, an object's name / @value / url, or an array's first usable item. */
    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                String t = text(item);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        if (n.isObject()) {
            for (String field : new String[] {"name", "@value", "url", "@id"}) {
                String t = text(n.get(field));
                if (t != null) {
                    return t;
                }
            }
            return null;
        }
        String t = Parser.unescapeEntities(n.asText(), false).trim();
        return t.isEmpty() ? null : t;
    }

    private static List<Author> authors(JsonNode n) {
        List<Author> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (JsonNode item : n.isArray() ? n : List.of(n)) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            String email = item.isObject() ? text(item.get("email")) : null;
            if (name != null && !name.startsWith("http")) {
                out.addAll(BylineFinder.namesIn(name, email));
            }
        }
        return out;
    }

    private static List<String> keywords(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(k -> {
                String t = text(k);
                if (t != null) {
                    out.add(t);
                }
            });
            return out;
        }
        String t = text(n);
        if (t != null) {
            for (String k : t.split(",")) {
                if (!k.isBlank()) {
                    out.add(k.trim());
                }
            }
        }
        return out;
    }

    private static List<String> urls(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (JsonNode item : n.isArray() ? n : List.of(n)) {
            String u = item.isObject() ? (text(item.get("url")) != null ? text(item.get("url")) : text(item.get("contentUrl"))) : text(item);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    private static String url(JsonNode a) {
        String url = text(a.get("url"));
        if (url == null) {
            JsonNode page = a.get("mainEntityOfPage");
            url = page != null && page.isObject() ? (text(page.get("@id")) != null ? text(page.get("@id")) : text(page.get("url"))) : text(page);
        }
        return url != null && url.startsWith("http") ? url : null;
    }

    private static Boolean free(JsonNode a) {
        JsonNode n = a.get("isAccessibleForFree");
        if (n == null) {
            JsonNode part = a.get("hasPart");
            n = part == null ? null : part.isArray() ? (part.size() > 0 ? part.get(0).get("isAccessibleForFree") : null) : part.get("isAccessibleForFree");
        }
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isBoolean() ? n.booleanValue() : !"false".equalsIgnoreCase(n.asText().trim());
    }
}
