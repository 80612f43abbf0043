package io.newsline.parser.body;

import io.newsline.parser.Image;
import io.newsline.parser.body.generic.DomStats;
import io.newsline.parser.meta.Captions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body without site knowledge: the blocks of a {@link MainContentExtractor}, and the photos inside the
 * container it chose; ▲ caption lines among the blocks go to those photos, never to the text.
 */
public final class GenericBody {
    private final MainContentExtractor extractor;

    public GenericBody(MainContentExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * The body of {@code doc}; {@code walked} (may be null) are the generic extractor's first statistics, collected
     * while the caller walked the unchanged document ({@link DomStats#collectWhileWalking}).
     */
    public BodyContent read(Document doc, DomStats walked) {
        MainContent content = walked != null && extractor instanceof GenericExtractor generic
                ? generic.extract(doc, walked) : extractor.extract(doc);
        List<Image> images = content.container() == null ? new ArrayList<>() : photosIn(content.container(), content.photoBoxes());
        List<String> blocks = new ArrayList<>();
        for (MainContent.Block block : content.blocks()) {
            if (Captions.isCaptionLine(block.text())) {
                attach(images, block.text());
            } else {
                blocks.add(block.text());
            }
        }
        return new BodyContent(blocks, images, content.container(), content.listingReason());
    }

    /**
     * Figures, photo boxes (a photo and its caption) and images outside them, in document order, each URL once;
     * one walk of the container.
     */
    private static List<Image> photosIn(Element container, List<Element> photoBoxes) {
        Map<String, Image> byUrl = new LinkedHashMap<>();
        Set<Element> boxes = Set.of();
        if (!photoBoxes.isEmpty()) {
            boxes = Collections.newSetFromMap(new IdentityHashMap<>());
            boxes.addAll(photoBoxes);
        }
        collectPhotos(container, boxes, byUrl);
        return new ArrayList<>(byUrl.values());
    }

    /** Depth-first by recursion (jsoup caps depth at 512); a figure's or a photo box's img is read with its caption. */
    private static void collectPhotos(Element el, Set<Element> boxes, Map<String, Image> byUrl) {
        String tag = el.normalName();
        if (tag.equals("figure") || tag.equals("img") || !boxes.isEmpty() && boxes.contains(el)) {
            PhotoReader.read(el).ifPresent(image -> byUrl.putIfAbsent(image.url(), image));
            return;
        }
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            if (el.childNode(i) instanceof Element child) {
                collectPhotos(child, boxes, byUrl);
            }
        }
    }

    private static void attach(List<Image> images, String line) {
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            if (image.caption() == null) {
                Captions.Caption c = Captions.parse(line);
                images.set(i, new Image(image.url(), c.caption(), c.credit() != null ? c.credit() : image.credit()));
                return;
            }
        }
    }
}
