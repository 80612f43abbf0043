package io.newsline.parser.body;

import io.newsline.parser.Image;
import java.util.List;

/**
 * A body as read from its container: text blocks in reading order (paragraphs and headings, not yet cleaned),
 * the photos found among them, and the container ({@code null} when none).
 */
public record BodyContent(List<String> blocks, List<Image> images, org.jsoup.nodes.Element container, String listingReason) {
    public BodyContent {
        blocks = List.copyOf(blocks);
        images = List.copyOf(images);
    }

    /** A body that is not a listing page. */
    public BodyContent(List<String> blocks, List<Image> images, org.jsoup.nodes.Element container) {
        this(blocks, images, container, null);
    }

    /** Total characters of text in the blocks. */
    public int textLength() {
        int n = 0;
        for (String b : blocks) {
            n += b.length();
        }
        return n;
    }
}
