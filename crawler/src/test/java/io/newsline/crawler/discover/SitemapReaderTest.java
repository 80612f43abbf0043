package io.newsline.crawler.discover;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.crawler.testing.LocalSite;
import io.newsline.crawler.url.UrlNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapReaderTest {
    private final SitemapReader reader = new SitemapReader();

    @Test
    void readsNewsSitemapWithPublicationDateAndTwiceEscapedTitle() throws DiscoveryException {
        SitemapContent content = reader.read("https://pk.newdaily.co.kr/sitemap.xml",
                LocalSite.resource("/discover/news-sitemap.xml"), "application/xml", SourceKind.SITEMAP);

        assertThat(content.isIndex()).isFalse();
        assertThat(content.urls()).hasSize(2);
        DiscoveredUrl first = content.urls().get(0);
        assertThat(first.url()).isEqualTo("https://pk.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html");
        assertThat(first.source()).isEqualTo(SourceKind.SITEMAP);
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T14:55:00+09:00"));
        assertThat(first.title()).isEqualTo("이복조 \"사하 대전환\" 출판기념회 … 구민 1천여명 몰려");
        assertThat(first.lastModified()).isEqualTo(Instant.parse("2025-01-24T05:55:00Z"));
        // utm_source is dropped by the normalizer
        assertThat(content.urls().get(1).url()).isEqualTo("https://pk.newdaily.co.kr/site/data/html/2025/01/24/2025012400298.html");
        assertThat(content.urls().get(1).title()).isEqualTo("부산시, 설 연휴 비상진료 체계 가동");
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void readsSitemapIndexAsChildSitemaps() throws DiscoveryException {
        SitemapContent content = reader.read("https://www.newdaily.co.kr/sitemap.xml",
                LocalSite.resource("/discover/sitemap-index.xml"), "text/xml", SourceKind.ROBOTS);

        assertThat(content.isIndex()).isTrue();
        assertThat(content.childSitemaps()).containsExactly("https://www.newdaily.co.kr/sitemap/news.xml",
                "https://www.newdaily.co.kr/sitemap/2025-01.xml.gz");
        assertThat(content.urls()).isEmpty();
    }

    @Test
    void readsPlainSitemapWithLastmodAndNoNewsFields() throws DiscoveryException {
        SitemapContent content = reader.read("https://www.newdaily.co.kr/sitemap/2025-01.xml",
                LocalSite.resource("/discover/sitemap-plain.xml"), null, SourceKind.SITEMAP);

        assertThat(content.urls()).extracting(DiscoveredUrl::url).containsExactly(
                "https://www.newdaily.co.kr/site/data/html/2025/01/23/2025012300101.html",
                "https://www.newdaily.co.kr/site/data/html/2025/01/23/2025012300102.html",
                "https://www.newdaily.co.kr/site/data/html/2025/01/23/2025012300103.html");
        assertThat(content.urls().get(0).lastModified()).isEqualTo(Instant.parse("2025-01-23T00:00:00Z"));
        assertThat(content.urls().get(0).publishedAt()).isNull();
        assertThat(content.urls().get(0).title()).isNull();
        assertThat(content.urls().get(2).lastModified()).isNull();
    }

    @Test
    void readsGzippedSitemap() throws DiscoveryException, IOException {
        byte[] gz = gzip(LocalSite.resource("/discover/sitemap-plain.xml"));

        SitemapContent content = reader.read("https://www.newdaily.co.kr/sitemap/2025-01.xml.gz", gz,
                "application/x-gzip", SourceKind.SITEMAP);

        assertThat(content.urls()).hasSize(3);
    }

    @Test
    void readsTextSitemap() throws DiscoveryException {
        SitemapContent content = reader.read("https://www.newdaily.co.kr/sitemap.txt",
                LocalSite.resource("/discover/sitemap.txt"), "text/plain", SourceKind.SITEMAP);

        assertThat(content.urls()).extracting(DiscoveredUrl::url).containsExactly(
                "https://www.newdaily.co.kr/site/data/html/2025/01/22/2025012200001.html",
                "https://www.newdaily.co.kr/site/data/html/2025/01/22/2025012200002.html",
                "https://www.newdaily.co.kr/site/data/html/2025/01/22/2025012200003.html");
    }

    @Test
    void stopsAtMaxUrlsWithAWarning() throws DiscoveryException {
        SitemapReader small = new SitemapReader(UrlNormalizer.standard(), 2, SitemapReader.MAX_BYTES);

        SitemapContent content = small.read("https://www.newdaily.co.kr/sitemap/2025-01.xml",
                LocalSite.resource("/discover/sitemap-plain.xml"), "application/xml", SourceKind.SITEMAP);

        assertThat(content.urls()).hasSize(2);
        assertThat(content.warnings()).containsExactly(
                "sitemap https://www.newdaily.co.kr/sitemap/2025-01.xml lists 3 URLs; kept the first 2");
    }

    @Test
    void refusesAGzipBombAboveTheByteLimit() throws IOException {
        SitemapReader small = new SitemapReader(UrlNormalizer.standard(), 10, 1024 * 1024);
        byte[] bomb = gzip(new byte[8 * 1024 * 1024]);

        assertThatThrownBy(() -> small.read("https://news.test/sitemap.xml.gz", bomb, null, SourceKind.SITEMAP))
                .isInstanceOf(DiscoveryException.class).hasMessageContaining("https://news.test/sitemap.xml.gz")
                .hasMessageContaining("limit");
    }

    @Test
    void endsAnXmlGzipBombAtTheDecompressedLimitNamingUrlAndLimit() throws IOException {
        SitemapReader small = new SitemapReader(UrlNormalizer.standard(), 10, 1024 * 1024);
        byte[] bomb = gzip(xmlWithBlankSpace(8 * 1024 * 1024));

        assertThatThrownBy(() -> small.read("https://news.test/sitemap.xml.gz", bomb, "application/x-gzip", SourceKind.SITEMAP))
                .isInstanceOf(DiscoveryException.class)
                .hasMessage("sitemap https://news.test/sitemap.xml.gz is above the limit of 1048576 bytes once decompressed; not read");
    }

    @Test
    void endsATextSitemapWhoseLineNeverEnds() throws IOException {
        byte[] oneLine = gzip("https://news.test/a".repeat(20_000).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read("https://news.test/sitemap.txt.gz", oneLine, null, SourceKind.SITEMAP))
                .isInstanceOf(DiscoveryException.class)
                .hasMessageContaining("https://news.test/sitemap.txt.gz")
                .hasMessageContaining("a line runs past the limit of 65536 bytes");
    }

    @Test
    void readsAGzippedSitemapWithoutHoldingItsDecompressedBytes() throws IOException, DiscoveryException {
        int decompressed = 40 * 1024 * 1024;
        byte[] gz = gzip(xmlWithBlankSpace(decompressed));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        SitemapContent content = reader.read("https://news.test/sitemap.xml.gz", gz, "application/x-gzip", SourceKind.SITEMAP);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(content.urls()).extracting(DiscoveredUrl::url).containsExactly("https://news.test/a/1.html");
        assertThat(allocated).as("bytes allocated reading %d decompressed bytes", decompressed).isLessThan(decompressed / 4);
    }

    /** A urlset of one URL followed by {@code blank} bytes of white space (compresses to almost nothing). */
    private static byte[] xmlWithBlankSpace(int blank) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://news.test/a/1.html</loc></url>";
        String tail = "</urlset>\n";
        byte[] xml = new byte[head.length() + blank + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, xml, 0, head.length());
        java.util.Arrays.fill(xml, head.length(), head.length() + blank, (byte) ' ');
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, xml, head.length() + blank, tail.length());
        return xml;
    }

    @Test
    void refusesExternalEntitiesWithoutReadingFilesOrFetching(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-7731");
        try (LocalSite site = LocalSite.start("attacker.test")) {
            String xml = new String(LocalSite.resource("/discover/sitemap-xxe.xml.template"), StandardCharsets.UTF_8)
                    .replace("@SECRET_FILE_URL@", secret.toUri().toString())
                    .replace("@REMOTE_URL@", "http://127.0.0.1:" + site.port() + "/xxe");

            assertThatThrownBy(() -> reader.read("https://www.newdaily.co.kr/sitemap.xml",
                    xml.getBytes(StandardCharsets.UTF_8), "application/xml", SourceKind.SITEMAP))
                    .isInstanceOf(DiscoveryException.class)
                    .hasMessageContaining("https://www.newdaily.co.kr/sitemap.xml")
                    .hasMessageNotContaining("TOP-SECRET-7731");
            assertThat(site.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
        }
    }

    @Test
    void garbageIsAReadableError() {
        assertThatThrownBy(() -> reader.read("https://news.test/sitemap.xml", "<html><body>Not found</body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html", SourceKind.SITEMAP))
                .isInstanceOf(DiscoveryException.class).hasMessageStartingWith("sitemap https://news.test/sitemap.xml ");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
