package io.newsline.parser.body;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What a {@link MainContentExtractor} found: the chosen container ({@code null} when none) and its text blocks
 * in reading order. Empty {@code blocks} means no main content was found.
 */
public record MainContent(Element container, List<Block> blocks) {
    public MainContent {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public static MainContent none() {
        return new MainContent(null, List.of());
    }

    /** One block of body text. */
    public record Block(Kind kind, String text) {
        public enum Kind { PARAGRAPH, HEADING, QUOTE, LIST_ITEM, PREFORMATTED }
    }
}
