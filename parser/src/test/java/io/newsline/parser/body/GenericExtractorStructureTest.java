package io.newsline.parser.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.body.MainContent.Block;
import io.newsline.parser.body.MainContent.Block.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the generic extractor uses page structure: declared bodies and subheadings between content blocks. */
class GenericExtractorStructureTest {

    private final GenericExtractor extractor = new GenericExtractor();

    @Test
    void trustsTheJsonLdArticleBodyOverALongerCommentThread() {
        List<Block> blocks = extractor.extract(Fixtures.html("/generic/en-jsonld-body-vs-comments.html")).blocks();

        assertThat(blocks).extracting(Block::text).containsExactly(
                "The harbour ferry will run every twenty minutes at rush hour from next month, the port authority said.",
                "Off-peak sailings stay at one every forty minutes, and the last ferry will leave at midnight instead of eleven.");
    }

    @Test
    void keepsSubheadingsBetweenSiblingContentBlocksButNotTheTrailingRelatedBox() {
        List<Block> blocks = extractor.extract(Fixtures.html("/generic/en-subheads-between-blocks.html")).blocks();

        assertThat(blocks).hasSize(5);
        assertThat(blocks.get(2)).isEqualTo(new Block(Kind.HEADING, "Which streets come first"));
        assertThat(blocks).extracting(Block::text)
                .noneMatch(t -> t.contains("Related stories") || t.contains("Council approves budget")
                        || t.contains("A ten-year plan") || t.contains("How the city plans"));
    }

    @Test
    void keepsTextInImageBoxesWhoseClassSaysTheyHaveNoCaption() {
        List<Block> blocks = extractor.extract(Fixtures.html("/generic/en-no-caption-boxes.html")).blocks();

        assertThat(blocks).extracting(Block::text).startsWith(
                "The town library reopened on Saturday, eight months after floodwater filled its ground floor to the height of the shelves.",
                "Volunteers carried the first boxes of books back inside at dawn, and the doors opened to readers at ten o'clock, as planned.");
        assertThat(blocks).extracting(Block::text)
                .contains("The children's room, which took the worst of the damage, now sits on the first floor, above the reach of the river.")
                .doesNotContain("Photo: Valley Courier");
    }
}
