package io.newsline.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRecordTest {

    @Test
    void aLaterVersionMustNameTheHashItReplaces() {
        ArticleRecord full = SampleRecords.full();

        assertThatThrownBy(() -> new ArticleRecord(1, full.id(), 2, null, full.contentHash(), full.url(), null, null,
                null, null, null, null, null, null, null, null, full.paragraphs(), null, null, null, false,
                full.fetchedAt(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2 of newdaily:2025012400123 must name previousContentHash");
    }

    @Test
    void textDefaultsToTheParagraphsJoinedByABlankLine() {
        ArticleRecord full = SampleRecords.full();

        assertThat(full.text()).isEqualTo(String.join("\n\n", full.paragraphs()));
        assertThat(SampleRecords.minimal().authors()).isEqualTo(List.of());
    }
}
