package io.newsline.parser.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The loader decodes while jsoup parses, and falls back to weighing charsets only when the bytes ask for it. */
class DocumentLoaderTest {
    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final String KOREAN = "똠얌꿍과 햏을 파는 편의점 기사입니다. 뉴데일리 한국어 본문이 깨지지 않아야 합니다.";
    private final DocumentLoader loader = new DocumentLoader();

    private static Page page(byte[] body, String contentType) {
        return new Page("https://www.example.kr/a.html", body, contentType, Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocumentLoaderTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void streamsAUtf8PageAndTellsWhereTheCharsetCameFrom() {
        DocumentLoader.Loaded loaded = loader.load(page(("<title>" + KOREAN + "</title><p>" + KOREAN).getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8"), null);

        assertThat(loaded.document().title()).isEqualTo(KOREAN);
        assertThat(loaded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(loaded.source()).isEqualTo(CharsetSource.HEADER);
        assertThat(loaded.dropped()).isZero();
    }

    @Test
    void readsAnEucKrPageDeclaredOnlyInItsMetaTag() {
        DocumentLoader.Loaded loaded = loader.load(page(resource("newdaily/article-euc-kr.html"), "text/html"), null);

        assertThat(loaded.document().title()).isEqualTo("태국 음식 똠얌꿍, 국내 편의점 즉석식품으로 출시 - 뉴데일리");
        assertThat(loaded.source()).isEqualTo(CharsetSource.META);
        assertThat(loaded.dropped()).isZero();
    }

    @Test
    void rereadsCp949BytesMislabelledUtf8AndSaysSo() {
        byte[] body = ("<html lang=ko><head><meta charset=\"utf-8\"></head><body><p>" + KOREAN.repeat(5)).getBytes(CP949);

        DocumentLoader.Loaded loaded = loader.load(page(body, "text/html; charset=utf-8"), null);

        assertThat(loaded.document().text()).contains(KOREAN).doesNotContain("\uFFFD");
        assertThat(loaded.declared()).isEqualTo("UTF-8");
        assertThat(loaded.source()).isEqualTo(CharsetSource.DETECTED);
    }

    @Test
    void dropsBadBytesAcrossTheParsersBufferBoundaries() {
        // long enough to span several of the parser's read buffers, with bad bytes between them
        byte[] good = ("<p>" + KOREAN + "</p>\n").repeat(400).getBytes(StandardCharsets.UTF_8);
        byte[] replacement = "<p>ab</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = concat(good, new byte[] {(byte) 0xFF, (byte) 0xC3}, replacement, good, new byte[] {(byte) 0xE0}, good);

        DocumentLoader.Loaded loaded = loader.load(page(body, "text/html; charset=utf-8"), null);
        Document doc = loaded.document();

        assertThat(loaded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(loaded.dropped()).isBetween(2, 3);
        assertThat(doc.text()).doesNotContain("\uFFFD").contains("ab");
        assertThat(doc.select("p")).hasSize(1201);
        assertThat(doc.select("p").eachText()).filteredOn(t -> !t.equals("ab")).allMatch(KOREAN::equals);
    }
}
