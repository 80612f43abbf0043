package io.newsline.parser.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final Charset CP949 = Charset.forName("x-windows-949");
    private static final String KOREAN = "똠얌꿍과 햏을 파는 편의점 기사입니다. 뉴데일리 한국어 본문이 깨지지 않아야 합니다.";
    private final PageDecoder decoder = new PageDecoder();

    private static Page page(byte[] body, String contentType) {
        return new Page("https://www.example.kr/a.html", body, contentType, Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void byteOrderMarkWinsOverEveryDeclaration() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<meta charset=euc-kr><p>" + KOREAN).getBytes(StandardCharsets.UTF_8));

        DecodedPage decoded = decoder.decode(page(body, "text/html; charset=iso-8859-1"));

        assertThat(decoded.source()).isEqualTo(CharsetSource.BOM);
        assertThat(decoded.html()).startsWith("<meta").contains(KOREAN);
    }

    @Test
    void httpCharsetWinsOverTheMetaTag() {
        byte[] body = ("<meta charset=utf-8><p>" + KOREAN).getBytes(CP949);

        DecodedPage decoded = decoder.decode(page(body, "text/html; charset=EUC-KR"));

        assertThat(decoded.source()).isEqualTo(CharsetSource.HEADER);
        assertThat(decoded.html()).contains(KOREAN).doesNotContain("\uFFFD");
    }

    @Test
    void decodesAGb2312LabelAsGb18030SoItsFourByteCharactersSurviveAsDeclared() {
        DecodedPage decoded = decoder.decode(page(fixture("zh-portals/gov-trs-gb2312-gb18030-char/source.html"), "text/html"));

        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
        assertThat(decoded.charset()).isEqualTo(Charset.forName("GB18030"));
        assertThat(decoded.html()).contains("经营小吃店的𠮷先生").doesNotContain("\uFFFD");
        assertThat(decoded.declared()).isNull();
    }

    @Test
    void decodesABig5LabelWithTheEtenExtensionTaiwaneseTextUses() {
        DecodedPage decoded = decoder.decode(page(fixture("zh-portals/cna-style-big5-eten/source.html"), "text/html"));

        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
        assertThat(decoded.html()).contains("館裏也保留了", "圍碁教學").doesNotContain("\uFFFD");
        assertThat(decoded.replaced()).isZero();
    }

    @Test
    void decodesGbkOnlyCharactersOfAPageLabelledGb2312() {
        DecodedPage decoded = decoder.decode(page(fixture("zh-portals/people-style-gb2312-gbk-char/source.html"), "text/html"));

        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
        assertThat(decoded.html()).contains("周镕生同志").doesNotContain("\uFFFD");
    }

    @Test
    void decodesAGbkPageThatDeclaresNoCharset() {
        DecodedPage decoded = decoder.decode(page(fixture("zh-portals/br-body-gbk-no-charset/source.html"), "text/html"));

        assertThat(decoded.html()).contains("冰雪游持续升温", "滑雪场负责人告诉记者").doesNotContain("\uFFFD");
    }

    private static byte[] fixture(String resource) {
        try (var in = PageDecoderTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("test fixture " + resource + " is missing from src/test/resources");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void decodesEucKrLabelAsCp949SoExtendedSyllablesSurvive() {
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body>"
                + KOREAN).getBytes(CP949);

        DecodedPage decoded = decoder.decode(page(body, "text/html"));

        assertThat(decoded.source()).isEqualTo(CharsetSource.META);
        assertThat(decoded.charset()).isEqualTo(CP949);
        assertThat(decoded.html()).contains("똠얌꿍", "햏").doesNotContain("\uFFFD");
        assertThat(decoded.replaced()).isZero();
    }

    @Test
    void detectsUndeclaredEucKr() {
        String plain = "정부가 서민 주거안정 대책을 발표했다. 국토교통부는 이날 브리핑을 열었다.";
        byte[] body = ("<html><body><p>" + plain.repeat(5) + "</p></body></html>").getBytes(CP949);

        DecodedPage decoded = decoder.decode(page(body, null));

        assertThat(decoded.source()).isEqualTo(CharsetSource.DETECTED);
        assertThat(decoded.html()).contains(plain).doesNotContain("\uFFFD");
    }

    @Test
    void usesTheSiteLanguageWhenTheDetectorGivesUpOnCp949OnlySyllables() {
        byte[] body = ("<html><body><p>" + KOREAN.repeat(5) + "</p></body></html>").getBytes(CP949);

        DecodedPage decoded = decoder.decode(page(body, null), "ko");

        assertThat(decoded.charset()).isEqualTo(CP949);
        assertThat(decoded.html()).contains(KOREAN).doesNotContain("\uFFFD");
    }

    @Test
    void usesTheDocumentLanguageWhenNoSiteLanguageIsKnown() {
        byte[] body = ("<html lang=\"ko\"><body><p>" + KOREAN.repeat(5) + "</p></body></html>").getBytes(CP949);

        DecodedPage decoded = decoder.decode(page(body, null));

        assertThat(decoded.html()).contains(KOREAN).doesNotContain("\uFFFD");
    }

    @Test
    void takesUndeclaredValidUtf8AsUtf8() {
        DecodedPage decoded = decoder.decode(page(("<p>" + KOREAN).getBytes(StandardCharsets.UTF_8), null));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.html()).contains(KOREAN);
    }

    @Test
    void readsCp949BytesMislabelledUtf8WithTheDetectorAndSaysSo() {
        byte[] body = ("<html lang=ko><head><meta charset=\"utf-8\"></head><body><p>" + KOREAN.repeat(5)).getBytes(CP949);

        DecodedPage decoded = decoder.decode(page(body, "text/html; charset=utf-8"));

        assertThat(decoded.html()).contains(KOREAN).doesNotContain("\uFFFD");
        assertThat(decoded.declared()).isEqualTo("UTF-8");
    }

    @Test
    void keepsUtf8WithAFewBadBytesReadable() {
        byte[] good = ("<p>" + KOREAN + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] body = concat(concat(good, new byte[] {(byte) 0xFF, (byte) 0xC3}), good);

        DecodedPage decoded = decoder.decode(page(body, "text/html; charset=utf-8"));

        assertThat(decoded.html()).contains(KOREAN);
        assertThat(decoded.replaced()).isBetween(1, 2);
    }

    @Test
    void ignoresAnUnknownCharsetLabel() {
        DecodedPage decoded = decoder.decode(page(("<p>" + KOREAN).getBytes(StandardCharsets.UTF_8), "text/html; charset=x-no-such"));

        assertThat(decoded.html()).contains(KOREAN);
    }

    @Test
    void mapsLatin1LabelToWindows1252LikeBrowsers() {
        byte[] body = {'<', 'p', '>', (byte) 0x93, 'q', (byte) 0x94};

        DecodedPage decoded = decoder.decode(page(body, "text/html; charset=ISO-8859-1"));

        assertThat(decoded.html()).isEqualTo("<p>\u201Cq\u201D");
    }

    @Test
    void readsUtf8BytesMislabelledLatin1AsUtf8() {
        byte[] body = ("<html><head><meta charset=iso-8859-1></head><body><p>" + KOREAN + " café").getBytes(StandardCharsets.UTF_8);

        DecodedPage decoded = decoder.decode(page(body, null));

        assertThat(decoded.html()).contains(KOREAN, "café");
        assertThat(decoded.declared()).isEqualTo("windows-1252");
    }

    @Test
    void treatsAMetaDeclarationOfUtf16AsUtf8LikeBrowsers() {
        byte[] body = ("<meta charset=utf-16><p>" + KOREAN).getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(page(body, null)).html()).contains(KOREAN);
    }
}
