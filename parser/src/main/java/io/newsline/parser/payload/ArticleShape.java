package io.newsline.parser.payload;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsline.parser.Author;
import io.newsline.parser.Image;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Finds the article object in a payload by its shape, not by its site: an object with a headline ({@code headline},
 * {@code title}, ...) and a body ({@code articleBody}, {@code body}, {@code content}, ... holding HTML, long text, or
 * a list of paragraphs) of at least {@link #MIN_TEXT} characters; of several, the one with the longest body. Its
 * dates, authors, photos and subtitle are read by the same kind of keys. Key names are compared without case and
 * underscores ({@code published_at} is {@code publishedAt}). Apollo's {@code {"__ref": "Author:1"}} links and flight
 * text rows ({@code "$1a"}) are followed.
 */
final class ArticleShape {
    /** Less visible text than this is a teaser or a card, not an article body. */
    static final int MIN_TEXT = 100;
    private static final int MAX_DEPTH = 80;
    private static final int MAX_NODES = 500_000;

    private static final List<String> TITLE = List.of("headline", "title", "heading", "articletitle");
    private static final List<String> SUBTITLE = List.of("subtitle", "subheadline", "subhead", "dek", "deck",
            "standfirst", "alternativeheadline");
    private static final List<String> BODY = List.of("articlebody", "bodyhtml", "body", "contenthtml", "content",
            "contents", "articlehtml", "html", "storyhtml", "articletext", "text", "story", "paragraphs", "blocks",
            "contentblocks", "bodyblocks");
    private static final List<String> PUBLISHED = List.of("datepublished", "publishedat", "publishdate",
            "publisheddate", "published", "publishedtime", "publishtime", "firstpublishedat", "firstpublished",
            "pubdate", "datecreated", "createdat", "createddate", "displaydate", "date");
    private static final List<String> MODIFIED = List.of("datemodified", "modifiedat", "updatedat", "lastmodified",
            "dateupdated", "modified", "updated", "modifiedtime", "updatedtime", "lastupdated");
    private static final List<String> AUTHORS = List.of("authors", "author", "bylines", "byline", "writers",
            "writer", "reporters", "reporter", "creators", "creator", "contributors");
    private static final List<String> AUTHOR_NAME = List.of("name", "displayname", "fullname", "byline", "title");
    private static final List<String> IMAGES = List.of("images", "image", "leadimage", "mainimage", "featuredimage",
            "heroimage", "coverimage", "thumbnail", "photos", "photo", "leadmedia", "media");
    private static final List<String> IMAGE_URL = List.of("url", "src", "contenturl", "uri", "href", "original");
    private static final List<String> CAPTION = List.of("caption", "description", "alt", "alttext");
    private static final List<String> CREDIT = List.of("credit", "copyright", "copyrightholder", "photographer", "source");
    /** Keys under which an object or a block holds its text or HTML. */
    private static final List<String> TEXT_OF = List.of("html", "__html", "rendered", "value", "content", "text",
            "body", "children");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h2", "h3", "h4", "ul", "ol", "blockquote",
            "figure", "table", "section", "br", "img");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern HTML_TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)[\\s/>]");
    private static final Pattern FLIGHT_TEXT = Pattern.compile("\\$([0-9a-f]{1,8})");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\r\\n|\\n");

    private final Payload payload;
    private final String baseUrl;
    private int nodes;
    private Candidate best;

    private ArticleShape(Payload payload, String baseUrl) {
        this.payload = payload;
        this.baseUrl = baseUrl;
    }

    /** The article object in {@code payload}, with raw dates; empty when no object has the shape. */
    static Optional<Candidate> find(Payload payload, String baseUrl) {
        ArticleShape shape = new ArticleShape(payload, baseUrl);
        shape.walk(payload.root(), 0);
        return Optional.ofNullable(shape.best);
    }

    /** An article object as read: dates are the payload's text (an epoch number is written as an ISO instant). */
    record Candidate(String title, String subtitle, String bodyHtml, int textLength, List<Author> authors,
            String published, String modified, List<Image> images) {
        /** How many of the article's other fields the object has. */
        int richness() {
            return (published != null ? 1 : 0) + (modified != null ? 1 : 0) + (authors.isEmpty() ? 0 : 1)
                    + (images.isEmpty() ? 0 : 1) + (subtitle != null ? 1 : 0);
        }
    }

    private void walk(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH || ++nodes > MAX_NODES) {
            return;
        }
        if (node.isObject()) {
            consider(node);
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                walk(child, depth + 1);
            }
        }
    }

    private void consider(JsonNode obj) {
        Map<String, JsonNode> fields = fields(obj);
        String title = text(first(fields, TITLE), 0);
        if (title == null || title.isBlank()) {
            return;
        }
        String html = null;
        int length = 0;
        for (String key : BODY) {
            String candidate = bodyHtml(fields.get(key), 0);
            int visible = candidate == null ? 0 : visibleLength(candidate);
            if (visible > length) {
                html = candidate;
                length = visible;
            }
        }
        if (html == null || length < MIN_TEXT || best != null && best.textLength() > length) {
            return;
        }
        Candidate found = new Candidate(plain(title), plain(text(first(fields, SUBTITLE), 0)), html, length,
                authors(first(fields, AUTHORS)), date(first(fields, PUBLISHED)), date(first(fields, MODIFIED)),
                images(first(fields, IMAGES)));
        // the same body reached from a wrapper (a page's props holding the article): the object that says more wins
        if (best == null || best.textLength() < length || found.richness() > best.richness()) {
            best = found;
        }
    }

    /** An object's fields by normalized key, links followed; the first of two keys that normalize alike wins. */
    private Map<String, JsonNode> fields(JsonNode obj) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.putIfAbsent(e.getKey().replace("_", "").toLowerCase(Locale.ROOT), e.getValue());
        }
        return out;
    }

    private JsonNode first(Map<String, JsonNode> fields, List<String> keys) {
        for (String key : keys) {
            JsonNode value = resolve(fields.get(key));
            if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
                return value;
            }
        }
        return null;
    }

    /** An Apollo {@code __ref} link followed, a flight text reference replaced by its text. */
    private JsonNode resolve(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isObject() && value.size() == 1 && value.path("__ref").isTextual()) {
            JsonNode target = payload.root().get(value.get("__ref").asText());
            return target != null ? target : value;
        }
        if (value.isTextual() && !payload.texts().isEmpty()) {
            var m = FLIGHT_TEXT.matcher(value.asText());
            if (m.matches() && payload.texts().containsKey(m.group(1))) {
                return com.fasterxml.jackson.databind.node.TextNode.valueOf(payload.texts().get(m.group(1)));
            }
        }
        return value;
    }

    /** The text (or HTML) of a value: a string, or the string an object holds under one of {@link #TEXT_OF}. */
    private String text(JsonNode value, int depth) {
        value = resolve(value);
        if (value == null || depth > 3) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject()) {
            Map<String, JsonNode> fields = fields(value);
            for (String key : TEXT_OF) {
                String t = text(fields.get(key), depth + 1);
                if (t != null && !t.isBlank()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** A body value as HTML: HTML as it is, plain text as paragraphs, a list of blocks joined; null when none. */
    private String bodyHtml(JsonNode value, int depth) {
        value = resolve(value);
        if (value == null || depth > 4) {
            return null;
        }
        if (value.isTextual()) {
            return asHtml(value.asText());
        }
        if (value.isArray()) {
            StringBuilder html = new StringBuilder();
            for (JsonNode item : value) {
                String block = block(resolve(item), depth + 1);
                if (block != null) {
                    html.append(block).append('\n');
                }
            }
            return html.length() == 0 ? null : html.toString();
        }
        if (value.isObject()) {
            Map<String, JsonNode> fields = fields(value);
            for (String key : TEXT_OF) {
                String html = bodyHtml(fields.get(key), depth + 1);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    /** One item of a paragraph list: a string, a photo block ({@code <figure>}), or a block holding text. */
    private String block(JsonNode item, int depth) {
        if (item == null) {
            return null;
        }
        if (item.isTextual()) {
            return asHtml(item.asText());
        }
        if (!item.isObject()) {
            return null;
        }
        Map<String, JsonNode> fields = fields(item);
        String type = fields.containsKey("type") ? fields.get("type").asText("").toLowerCase(Locale.ROOT) : "";
        if (type.contains("image") || type.contains("photo")) {
            Image image = image(item);
            return image == null ? null : figure(image);
        }
        String html = bodyHtml(item, depth);
        if (html != null && type.matches("h[2-6]|heading|subheading")) {
            return "<h3>" + html.replaceAll("</?p>", "") + "</h3>";
        }
        return html;
    }

    private static String figure(Image image) {
        return "<figure><img src=\"" + Entities.escape(image.url()) + "\">"
                + (image.caption() == null ? "" : "<figcaption>" + Entities.escape(image.caption()) + "</figcaption>")
                + "</figure>";
    }

    /** HTML as it is; plain text cut at line breaks into escaped paragraphs. */
    private static String asHtml(String text) {
        if (text.isBlank()) {
            return null;
        }
        var m = HTML_TAG.matcher(text);
        while (m.find()) {
            if (BLOCK_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return text;
            }
        }
        StringBuilder html = new StringBuilder();
        for (String line : PARAGRAPH_BREAK.split(text)) {
            if (!line.isBlank()) {
                html.append("<p>").append(Entities.escape(line.strip())).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static int visibleLength(String html) {
        return TAG.matcher(html).replaceAll("").strip().length();
    }

    /** A title or subtitle as text: tags dropped, entities decoded. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        String plain = Entities.unescape(TAG.matcher(text).replaceAll("")).strip().replaceAll("\\s+", " ");
        return plain.isEmpty() ? null : plain;
    }

    private List<Author> authors(JsonNode value) {
        List<Author> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                author(resolve(item)).filter(a -> !out.contains(a)).ifPresent(out::add);
            }
        } else {
            author(value).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Author> author(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.isTextual() ? value.asText() : value.isObject() ? text(first(fields(value), AUTHOR_NAME), 0) : null;
        name = plain(name);
        if (name == null) {
            return Optional.empty();
        }
        String email = value.isObject() ? value.path("email").asText(null) : null;
        return Optional.of(new Author(name, email == null || email.isBlank() ? null : email));
    }

    /** A date as the payload writes it; an epoch number (seconds or milliseconds) as an ISO instant. */
    private static String date(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            long n = value.asLong();
            Instant instant = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return instant.atOffset(ZoneOffset.UTC).toString();
        }
        return value.isTextual() ? value.asText() : null;
    }

    private List<Image> images(JsonNode value) {
        List<Image> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            Image image = image(resolve(item));
            if (image != null && out.stream().noneMatch(i -> i.url().equals(image.url()))) {
                out.add(image);
            }
        }
        return out;
    }

    private Image image(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            String url = absolute(value.asText());
            return url == null ? null : new Image(url, null, null);
        }
        if (!value.isObject()) {
            return null;
        }
        Map<String, JsonNode> fields = fields(value);
        JsonNode urlValue = first(fields, IMAGE_URL);
        String url = urlValue != null && urlValue.isTextual() ? absolute(urlValue.asText()) : null;
        if (url == null) {
            return null;
        }
        return new Image(url, plain(text(first(fields, CAPTION), 0)), plain(text(first(fields, CREDIT), 0)));
    }

    private String absolute(String url) {
        try {
            URI resolved = URI.create(baseUrl).resolve(url.strip());
            String scheme = resolved.getScheme();
            return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null; // not a URL: no photo
        }
    }
}
