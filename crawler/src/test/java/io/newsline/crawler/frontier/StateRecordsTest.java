package io.newsline.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateRecordsTest {

    @Test
    void urlStateSurvivesTheTopicWithEveryField() {
        UrlState s = new UrlState("https://www.newdaily.co.kr/a.html", UrlKind.ARTICLE, UrlStatus.DONE,
                Instant.parse("2025-02-01T10:00:00.123Z"), Instant.parse("2025-02-01T11:00:00Z"), 200, "newdaily:1",
                "\"etag\"", "Sat, 01 Feb 2025 10:00:00 GMT", "sha256:abc", Instant.parse("2025-01-31T00:00:00Z"));
        assertThat(StateRecords.decodeUrl(StateRecords.urlKey(s.url()), StateRecords.encode(s))).isEqualTo(s);
    }

    @Test
    void aNeverDueUrlKeepsItsNullFields() {
        UrlState s = new UrlState("https://x.com/a", UrlKind.ARTICLE, UrlStatus.GONE, null, null, 404, null, null, null, null, null);
        assertThat(StateRecords.decodeUrl("u https://x.com/a", StateRecords.encode(s))).isEqualTo(s);
    }

    @Test
    void restoredPartitionKnowsUrlsAndVersionsFromTheirKeys() {
        try (OwnedPartition part = new OwnedPartition(3)) {
            ArticleVersion v = new ArticleVersion("newdaily:1", 2, "sha256:abc");
            part.apply(StateRecords.articleKey(v.articleId()), StateRecords.encode(v));
            UrlState s = UrlState.discovered("https://x.com/a", UrlKind.ARTICLE, Instant.EPOCH);
            part.apply(StateRecords.urlKey(s.url()), StateRecords.encode(s));
            assertThat(part.latest("newdaily:1")).contains(v);
            assertThat(part.url("https://x.com/a")).contains(s);
            assertThat(part.due(Instant.EPOCH, 10)).containsExactly(s);
        }
    }

    @Test
    void theDueTimeReadWithoutDecodingIsTheDecodedStatesDueTime() {
        for (UrlState s : List.of(
                UrlState.discovered("https://x.com/a", UrlKind.ARTICLE, Instant.parse("2026-12-01T00:00:00.123Z")),
                UrlState.discovered("https://x.com/\"nextDue\":1,?q=\"nextDue\":2", UrlKind.ARTICLE, Instant.parse("2026-12-01T00:00:00Z")),
                UrlState.discovered("https://x.com/old", UrlKind.ARTICLE, Instant.EPOCH.minusSeconds(86_400)),
                new UrlState("https://x.com/gone", UrlKind.ARTICLE, UrlStatus.GONE, null, null, 404, null, null, null, null, null))) {
            Long expected = s.nextDue() == null ? null : s.nextDue().toEpochMilli();
            assertThat(StateRecords.nextDueMillis(StateRecords.urlKey(s.url()), StateRecords.encode(s))).as(s.url()).isEqualTo(expected);
        }
    }

    @Test
    void theDueTimeOfAStateWrittenByAnotherJsonWriterIsReadToo() throws Exception {
        byte[] spaced = readFixture("/frontier/url-state-spaced.json");
        assertThat(StateRecords.nextDueMillis("u https://x.com/a", spaced)).isEqualTo(1_796_083_200_000L);
    }

    @Test
    void aForeignValueIsRejectedNamingItsKey() {
        assertThatThrownBy(() -> StateRecords.decodeUrl("u https://x.com/a", "not json".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("'u https://x.com/a'");
    }

    private static byte[] readFixture(String name) throws Exception {
        try (var in = StateRecordsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
