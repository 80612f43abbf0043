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
}
