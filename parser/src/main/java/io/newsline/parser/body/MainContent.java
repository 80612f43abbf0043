package io.newsline.parser.body;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What a {@link MainContentExtractor} found: the chosen container ({@code null} when none), its text blocks in
 * reading order, and the boxes inside it that hold a photo with its caption (whose text is not among the blocks).
 * Empty {@code blocks} means no main content was found.
 */
public record MainContent(Element container, List<Block> blocks, List<Element> photoBoxes, String listingReason) {
    public MainContent {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        photoBoxes = photoBoxes == null ? List.of() : List.copyOf(photoBoxes);
    }

    /** No main content found. */
    public static MainContent none() {
        return new MainContent(null, List.of(), List.of(), null);
    }

    /** The page is a listing (section front, tag page, photo list): not an article; {@code reason} says why. */
    public static MainContent listing(String reason) {
        return new MainContent(null, List.of(), List.of(), reason);
    }

    /** One block of body text. */
    public record Block(Kind kind, String text) {
        public enum Kind { PARAGRAPH, HEADING, QUOTE, LIST_ITEM, PREFORMATTED }
    }
}
