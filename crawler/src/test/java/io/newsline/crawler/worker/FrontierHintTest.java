package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.testing.LocalSite;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The discovery hint a frontier record carries: what one worker found is what the fetching worker reads. */
class FrontierHintTest {
    private static final String URL = "https://www.example.com/news/2025/01/24/1001.html";

    @Test
    void aHintReadBackIsTheHintWritten() {
        DiscoveredUrl hint = new DiscoveredUrl(URL, SourceKind.SITEMAP, OffsetDateTime.parse("2025-01-24T09:00:00+09:00"),
                "예산안 통과", Instant.parse("2025-01-25T01:00:00Z"), "https://www.example.com/sitemap.xml");

        assertThat(FrontierHint.decode(URL, FrontierHint.encode(hint))).contains(hint);
    }

    @Test
    void aLinkHintReadBackSaysWhichPageLinkedTheUrl() {
        DiscoveredUrl hint = DiscoveredUrl.linkedFrom(URL, "https://www.example.com/news/2025/01/24/1000.html");

        assertThat(FrontierHint.decode(URL, FrontierHint.encode(hint))).contains(hint);
    }

    @Test
    void aRecordWithoutAHintIsReadAsTheUrlAlone() {
        assertThat(FrontierHint.decode(URL, null)).isEmpty();
    }

    @Test
    void aHintFromANewerWriterKeepsTheFieldsThisVersionKnowsAndIgnoresTheOthers() {
        Optional<DiscoveredUrl> hint = FrontierHint.decode(URL, LocalSite.resource("/worker/frontier-hint/newer-writer.json"));

        assertThat(hint).contains(new DiscoveredUrl(URL, SourceKind.FEED, OffsetDateTime.parse("2025-01-24T09:00:00+09:00"),
                "Budget passes", Instant.parse("2025-01-25T01:00:00Z"), "https://www.example.com/rss.xml"));
    }

    @Test
    void aDamagedHintLeavesTheUrlToBeFetchedWithoutIt() {
        assertThat(FrontierHint.decode(URL, LocalSite.resource("/worker/frontier-hint/cut-short.json"))).isEmpty();
    }

    @Test
    void anAnnouncedEditSurvivesTheTrip() {
        DiscoveredUrl hint = new DiscoveredUrl(URL, SourceKind.ROBOTS, null, null, Instant.parse("2025-03-01T00:00:00Z"),
                "https://www.example.com/robots-sitemap.xml");

        DiscoveredUrl read = FrontierHint.decode(URL, FrontierHint.encode(hint)).orElseThrow();

        assertThat(read.announcesEditSince(Instant.parse("2025-02-28T00:00:00Z"))).isTrue();
    }
}
