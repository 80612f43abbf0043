package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Korean pages of sites no profile knows: the generic path must still get the headline, the Korean-time date,
 * the reporter and a body without date lines or section labels.
 */
class KoreanPagesWithoutProfileTest {
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String url, String resource) {
        // fetched after every date in the fixtures, so none is rejected as lying in the future
        Page page = new Page(url, Fixtures.bytes(resource), null, Instant.parse("2026-12-01T00:00:00Z"));
        ParseResult r = parser.parse(page, SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow()));
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).article();
    }

    @Test
    void aBareLocalDateOnAKoreanPageIsKoreanTime() {
        Article a = parse("https://news.example.org/article/101", "generic/ko-news-best-list.html");

        assertThat(a.title()).isEqualTo("서울시, 내년부터 심야 버스 노선 12개 늘린다");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T09:31:00+09:00"));
        assertThat(a.language()).isEqualTo("ko");
    }

    @Test
    void theReportersNameEndsAtTheWordReporter() {
        Article a = parse("https://news.example.org/article/101", "generic/ko-news-best-list.html");

        assertThat(a.authors()).extracting(Author::name).containsExactly("김민수");
    }

    @Test
    void aLeadingSiteNameIsTakenOffTheTitleAndTheScriptGivesTheLanguage() {
        Article a = parse("https://www.example.co.kr/news/1", "newdaily/article-2014-news-body-area.html");

        assertThat(a.title()).isEqualTo("정부, 서민 주거안정 대책 발표 … 전월세 상한제 도입은 보류");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2014-03-07T17:31:00+09:00"));
        assertThat(a.language()).isEqualTo("ko");
    }

    @Test
    void dateLinesAreNotBodyParagraphs() {
        Article a = parse("https://www.example.co.kr/news/2", "newdaily/article-2025012400313.html");

        assertThat(a.paragraphs().get(0)).startsWith("미국이, 도널드 트럼프 대통령이");
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("입력 2025.01.24"));
    }

    @Test
    void aBrRunBodyLosesItsLinkAndAdLinesAndAPhotoTableGivesItsCaptionToTheImage() {
        Article a = parse("https://www.hanbit.example.co.kr/news/1", "generic/ko-photo-table-br-body.html");

        assertThat(a.paragraphs()).containsExactly(
                "서울시는 24일 시내버스 노선 120개를 조정한다고 밝혔다. 새 노선은 다음 달 1일부터 운행하며, 출퇴근 시간대 배차 간격을 줄이는 데 초점을 맞췄다.",
                "시는 지난해 하반기 승객 이용 자료를 분석해 혼잡 구간을 찾아냈고, 이 구간에 차량을 더 배치하기로 했다. 심야 노선도 네 개 늘어난다.",
                "시 관계자는 \"시범 운행 결과를 분석해 하반기에 노선을 추가로 조정할 방침\"이라고 말했다.");
        assertThat(a.images()).extracting(Image::url, Image::caption).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "https://www.hanbit.example.co.kr/photo/2025/01/bus.jpg", "서울 시내버스가 24일 오전 종로를 지나고 있다. /한빛일보 DB"));
        assertThat(a.authors()).extracting(Author::name).containsExactly("홍길동");
    }
}
