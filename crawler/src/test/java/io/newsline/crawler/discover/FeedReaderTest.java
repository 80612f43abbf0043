package io.newsline.crawler.discover;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.crawler.testing.LocalSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @Test
    void readsRssItemsWithTitleDateAndNormalizedAbsoluteLinks() throws DiscoveryException {
        List<DiscoveredUrl> entries = reader.read("https://www.newdaily.co.kr/rss/all.xml", LocalSite.resource("/discover/feed-rss.xml"));

        assertThat(entries).hasSize(2);
        DiscoveredUrl first = entries.get(0);
        assertThat(first.url()).isEqualTo("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html");
        assertThat(first.source()).isEqualTo(SourceKind.FEED);
        assertThat(first.title()).isEqualTo("트럼프, AI 패권 잡으려 '국가비상사태' 선포");
        assertThat(first.publishedAt().toInstant()).isEqualTo(OffsetDateTime.parse("2025-01-24T14:55:00+09:00").toInstant());
        DiscoveredUrl second = entries.get(1);
        assertThat(second.url()).isEqualTo("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400298.html");
        assertThat(second.title()).isEqualTo("이복조 \"사하 대전환\" 출판기념회");
    }

    @Test
    void readsAtomEntries() throws DiscoveryException {
        List<DiscoveredUrl> entries = reader.read("https://biz.newdaily.co.kr/atom.xml", LocalSite.resource("/discover/feed-atom.xml"));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("https://biz.newdaily.co.kr/site/data/html/2025/01/24/2025012400200.html");
            assertThat(e.title()).isEqualTo("코스피, 외국인 매수에 2,530선 회복");
            assertThat(e.publishedAt().toInstant()).isEqualTo(Instant.parse("2025-01-24T05:30:00Z"));
            assertThat(e.lastModified()).isEqualTo(Instant.parse("2025-01-24T05:45:00Z"));
        });
    }

    @Test
    void refusesDoctypeSoExternalEntitiesNeitherReadFilesNorFetch(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        try (LocalSite site = LocalSite.start("attacker.test")) {
            String xml = new String(LocalSite.resource("/discover/feed-xxe.xml.template"), StandardCharsets.UTF_8)
                    .replace("@SECRET_FILE_URL@", secret.toUri().toString())
                    .replace("@REMOTE_URL@", "http://127.0.0.1:" + site.port() + "/xxe");

            assertThatThrownBy(() -> reader.read("https://www.newdaily.co.kr/rss/all.xml", xml.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DiscoveryException.class)
                    .hasMessageContaining("https://www.newdaily.co.kr/rss/all.xml")
                    .hasMessageNotContaining("TOP-SECRET-7731");
            assertThat(site.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
        }
    }

    @Test
    void htmlIsAReadableError() {
        assertThatThrownBy(() -> reader.read("https://news.test/rss", "<html><body>Moved</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DiscoveryException.class).hasMessageStartingWith("feed https://news.test/rss is not readable RSS or Atom");
    }
}
