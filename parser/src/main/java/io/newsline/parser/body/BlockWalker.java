package io.newsline.parser.body;

import io.newsline.parser.Image;
import io.newsline.parser.meta.Captions;
import io.newsline.parser.profile.CssSelector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks a body container once and cuts it into text blocks in reading order: every block-level element
 * ({@code p}, {@code li.par}, {@code div}, ...) ends a block, so does a pair of {@code <br>}s (a single one is a
 * space), headings are blocks of their own. Photo blocks become {@link Image}s, and a ▲ caption line after a photo
 * becomes that photo's caption; neither reaches the text. One instance per container; not thread-safe.
 */
final class BlockWalker {
    private static final Set<String> SKIP = Set.of("script", "style", "iframe", "noscript", "button", "input", "select",
            "textarea", "form", "nav", "aside", "template", "svg", "object", "embed", "video", "audio", "map", "canvas");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "pre", "header", "footer", "main", "center",
            "address", "hr", "caption", "figcaption", "details", "summary");
    private static final int MAX_PHOTO_TEXT = 300;

    private final Element root;
    private final List<CssSelector> captionSelectors;
    private final Set<Element> withImages = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> blocks = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int breaks;

    private BlockWalker(Element container, List<CssSelector> captionSelectors) {
        this.root = container.ownerDocument() != null ? container.ownerDocument() : container;
        this.captionSelectors = captionSelectors;
        for (Element img : container.getElementsByTag("img")) {
            for (Element e = img.parent(); e != null && e != container; e = e.parent()) {
                if (!withImages.add(e)) {
                    break;
                }
            }
        }
    }

    static BodyContent read(Element container, List<CssSelector> captionSelectors) {
        BlockWalker walker = new BlockWalker(container, captionSelectors);
        walker.walk(container);
        walker.flush();
        return new BodyContent(walker.blocks, walker.images, container);
    }

    private void walk(Element parent) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                append(text.text());
            } else if (child instanceof Element el) {
                element(el);
            }
        }
    }

    private void element(Element el) {
        String tag = el.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            breaks++;
            if (breaks >= 2) {
                flush();
            } else {
                current.append(' ');
            }
            return;
        }
        if (tag.equals("img")) {
            PhotoReader.read(el).ifPresent(images::add);
            return;
        }
        if (isCaptionElement(el) && !withImages.contains(el)) {
            flush();
            attachCaption(el.text());
            return;
        }
        if (isPhoto(el)) {
            flush();
            PhotoReader.read(el).ifPresent(images::add);
            return;
        }
        if (HEADINGS.contains(tag)) {
            flush();
            append(el.text());
            flush();
            return;
        }
        if (BLOCKS.contains(tag)) {
            flush();
            walk(el);
            flush();
            return;
        }
        walk(el);
    }

    private boolean isPhoto(Element el) {
        if (el.normalName().equals("figure")) {
            return true;
        }
        if (!withImages.contains(el)) {
            return false;
        }
        return isCaptionElement(el) || el.text().length() <= MAX_PHOTO_TEXT;
    }

    private boolean isCaptionElement(Element el) {
        for (CssSelector s : captionSelectors) {
            if (s.matches(root, el)) {
                return true;
            }
        }
        return false;
    }

    private void append(String text) {
        if (text.isBlank()) {
            if (current.length() > 0) {
                current.append(' ');
            }
            return;
        }
        breaks = 0;
        current.append(text);
    }

    private void flush() {
        breaks = 0;
        String text = current.toString().strip();
        current.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (Captions.isCaptionLine(text)) {
            attachCaption(text);
        } else {
            blocks.add(text);
        }
    }

    /** Gives a ▲ caption line to the last photo without a caption; a caption with no photo is dropped. */
    private void attachCaption(String text) {
        for (int i = images.size() - 1; i >= 0; i--) {
            Image image = images.get(i);
            if (image.caption() == null) {
                Captions.Caption c = Captions.parse(text);
                images.set(i, new Image(image.url(), c.caption(), c.credit() != null ? c.credit() : image.credit()));
                return;
            }
        }
    }
}
