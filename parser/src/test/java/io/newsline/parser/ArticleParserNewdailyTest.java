package io.newsline.parser;

import static io.newsline.parser.Fixtures.json;
import static io.newsline.parser.Fixtures.newdaily;
import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The newdaily profile over constructed newdaily-style pages (see the comment at the top of each fixture). */
class ArticleParserNewdailyTest {
    private static final String SEED_URL = "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html";
    private static final List<String> CHROME_TEXT = List.of("회원가입", "로그인", "아이디", "비밀번호", "ID/PW 찾기",
            "댓글 쓰기", "권한이 없습니다", "ⓒ 뉴데일리", "많이 본 기사", "관련기사", "All rights reserved");

    private final ArticleParser parser = new ArticleParser();
    private final SiteProfile newdaily = newdaily();

    private Article seedArticle() {
        return parsed(parser.parse(page(SEED_URL, "newdaily/article-2025012400313.html"), newdaily));
    }

    @Test
    void readsTheSeedArticleTitleSiteLanguageAndIds() {
        Article a = seedArticle();
        assertThat(a.title()).isEqualTo("트럼프, AI 패권 잡으려 '국가비상사태' 선포 … 딥시크는 美中 'AI 대전' 서곡");
        assertThat(a.site()).isEqualTo("뉴데일리");
        assertThat(a.language()).isEqualTo("ko");
        assertThat(a.url()).isEqualTo(SEED_URL);
        assertThat(a.canonicalUrl()).isEqualTo(SEED_URL);
        assertThat(a.siteArticleId()).isEqualTo("2025012400313");
        assertThat(a.section()).isEqualTo("국제");
        assertThat(a.subtitle()).isNull();
        assertThat(a.tags()).containsExactly("트럼프", "AI", "딥시크", "스타게이트");
        assertThat(a.paywalled()).isFalse();
    }

    @Test
    void readsTheSeedArticleDatesInKoreanTime() {
        Article a = seedArticle();
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T14:55:00+09:00"));
        assertThat(a.publishedAt().getOffset().getId()).isEqualTo("+09:00");
        assertThat(a.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T15:10:21+09:00"));
    }

    @Test
    void takesTheBracketBylineOutOfTheBodyAndIntoTheAuthors() {
        Article a = seedArticle();
        assertThat(a.authors()).containsExactly(new Author("홍길동", "hong@newdaily.co.kr"));
        assertThat(a.text()).doesNotContain("[뉴데일리=", "홍길동 기자", "hong@newdaily.co.kr");
    }

    @Test
    void keepsEveryBodyParagraphInOrderFromFirstToLast() {
        Article a = seedArticle();
        assertThat(a.paragraphs()).hasSize(28);
        assertThat(a.paragraphs().get(0)).isEqualTo("미국이, 도널드 트럼프 대통령이 AI 헤게모니를 거머쥐기 위해 속도를 내고 있다.");
        assertThat(a.paragraphs().get(27)).isEqualTo("그러면서 \"지난주 조 바이든의 파괴적인 AI 규제를 철회하는 행정명령에 서명했다. "
                + "이에 따라 AI기업들이 다시 한번 최고가 되는 데 집중할 수 있게 됐다\"며 "
                + "\"우리는 기술기업을 최대한 활용해 전례 없는 방식으로 미래를 지배할 것\"이라고 덧붙였다.");
    }

    @Test
    void turnsThePhotoBlockIntoAnImageWithCaptionAndCredit() {
        Article a = seedArticle();
        assertThat(a.images()).containsExactly(new Image(
                "https://image.newdaily.co.kr/site/data/img/2025/01/24/2025012400313_0.jpg", "도널드 트럼프 미국 대통령", "연합뉴스"));
        assertThat(a.text()).doesNotContain("▲", "연합뉴스");
    }

    @Test
    void leavesLoginBoxCommentBoxAndCopyrightOutOfEveryField() {
        String json = json(seedArticle());
        for (String chrome : CHROME_TEXT) {
            assertThat(json).as("output must not contain '%s'", chrome).doesNotContain(chrome);
        }
    }

    @Test
    void recordsWhichSourceGaveEachField() {
        Extraction e = seedArticle().extraction();
        assertThat(e.profile()).isEqualTo("newdaily");
        assertThat(e.profileVersion()).isEqualTo(Integer.toString(newdaily.version()));
        assertThat(e.fields()).containsAllEntriesOf(Map.of(
                "title", FieldSource.PROFILE,
                "paragraphs", FieldSource.PROFILE,
                "images", FieldSource.PROFILE,
                "authors", FieldSource.PROFILE,
                "publishedAt", FieldSource.METADATA,
                "modifiedAt", FieldSource.METADATA,
                "canonicalUrl", FieldSource.METADATA,
                "language", FieldSource.METADATA,
                "section", FieldSource.METADATA,
                "tags", FieldSource.METADATA));
        assertThat(e.sourceOf("subtitle")).isEqualTo(FieldSource.NONE);
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void readsTheOlderNewsBodyAreaLayoutWithBrPairParagraphs() {
        String url = "http://www.newdaily.co.kr/site/data/html/2014/03/07/2014030700123.html";
        Article a = parsed(parser.parse(page(url, "newdaily/article-2014-news-body-area.html"), newdaily));

        assertThat(a.title()).isEqualTo("정부, 서민 주거안정 대책 발표 … 전월세 상한제 도입은 보류");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2014-03-07T17:31+09:00"));
        assertThat(a.modifiedAt()).isEqualTo(OffsetDateTime.parse("2014-03-07T18:02+09:00"));
        assertThat(a.authors()).containsExactly(new Author("오창균", null));
        assertThat(a.paragraphs()).containsExactly(
                "정부가 7일 전월세 시장 안정을 위한 서민 주거안정 대책을 발표했다.",
                "국토교통부는 이날 정부서울청사에서 브리핑을 열고 월세 세입자에 대한 소득공제를 세액공제로 바꾸고 공제 한도를 높이기로 했다고 밝혔다.",
                "다만 시장에 미칠 부작용을 우려해 전월세 상한제 도입은 보류했다.",
                "국토부 관계자는 \"임대주택 공급을 늘려 전세난을 완화하는 데 정책의 초점을 맞췄다\"고 설명했다.");
        assertThat(a.images()).containsExactly(new Image(
                "http://www.newdaily.co.kr/site/data/img/2014/03/07/2014030700123_0.jpg", "김황식", "연합뉴스"));
        assertThat(a.language()).isEqualTo("ko");
        assertThat(a.canonicalUrl()).isEqualTo(url);
        assertThat(a.extraction().fields()).containsAllEntriesOf(Map.of(
                "title", FieldSource.PROFILE, "paragraphs", FieldSource.PROFILE, "publishedAt", FieldSource.GENERIC,
                "language", FieldSource.PROFILE, "canonicalUrl", FieldSource.URL));
        assertThat(json(a)).doesNotContain("ⓒ 뉴데일리", "댓글 쓰기", "권한이 없습니다", "로그인", "회원가입");
    }

    @Test
    void decodesAnEucKrPageWithCp949OnlySyllablesWithoutReplacementCharacters() {
        String url = "http://www.newdaily.co.kr/site/data/html/2013/08/21/2013082100055.html";
        Page page = new Page(url, Fixtures.bytes("newdaily/article-euc-kr.html"), "text/html", Fixtures.FETCHED_AT);
        Article a = parsed(parser.parse(page, newdaily));

        assertThat(a.title()).isEqualTo("태국 음식 똠얌꿍, 국내 편의점 즉석식품으로 출시");
        assertThat(a.paragraphs()).first().isEqualTo("태국의 대표 음식인 똠얌꿍이 편의점 즉석식품으로 나왔다.");
        assertThat(a.paragraphs()).last().isEqualTo("업체 관계자는 \"해외여행에서 맛본 현지 음식을 찾는 소비자가 늘었다\"고 말했다.");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2013-08-21T09:12:45+09:00"));
        assertThat(a.authors()).containsExactly(new Author("홍길동", null));
        assertThat(json(a)).doesNotContain("\uFFFD");
        assertThat(a.extraction().warnings()).isEmpty();
    }

    @Test
    void fallsBackToMetadataAndTheGenericExtractorWhenARedesignBreaksTheProfile() {
        String url = "https://www.newdaily.co.kr/site/data/html/2025/05/15/2025051500188.html";
        Article a = parsed(parser.parse(page(url, "newdaily/article-redesign.html"), newdaily));

        assertThat(a.title()).isEqualTo("서울 지하철 요금 150원 인상 … 다음 달부터 1550원");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-05-15T20:00:52+09:00"));
        assertThat(a.modifiedAt()).isEqualTo(OffsetDateTime.parse("2025-05-15T21:30+09:00"));
        assertThat(a.section()).isEqualTo("사회");
        assertThat(a.tags()).containsExactly("지하철", "요금");
        assertThat(a.authors()).containsExactly(new Author("홍길동", null));
        assertThat(a.paragraphs()).first().isEqualTo("서울 지하철 기본요금이 다음 달부터 150원 오른다.");
        assertThat(a.paragraphs()).last().isEqualTo("시 관계자는 \"시민 부담을 최소화하기 위해 인상 폭을 최대한 줄였다\"고 말했다.");
        assertThat(a.images()).extracting(Image::url, Image::credit).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "https://www.newdaily.co.kr/site/data/img/2025/05/15/2025051500188_0.jpg", "뉴데일리 DB"));
        assertThat(a.extraction().fields()).containsAllEntriesOf(Map.of(
                "title", FieldSource.METADATA, "paragraphs", FieldSource.GENERIC, "publishedAt", FieldSource.METADATA,
                "images", FieldSource.GENERIC));
        assertThat(a.extraction().warnings()).anySatisfy(w -> assertThat(w).contains("body selectors").contains("generic extractor"));
        assertThat(a.extraction().warnings()).anySatisfy(w -> assertThat(w).contains("title selectors"));
        String json = json(a);
        for (String chrome : CHROME_TEXT) {
            assertThat(json).as("output must not contain '%s'", chrome).doesNotContain(chrome);
        }
        assertThat(json).doesNotContain("공유하기", "오늘의 주요 뉴스");
    }

    @Test
    void saysASectionPageIsNotAnArticleByItsUrl() {
        String url = "https://www.newdaily.co.kr/news/section_list_all.html?sec_no=58";
        ParseResult result = parser.parse(page(url, "newdaily/section-list.html"), newdaily);

        assertThat(result).isInstanceOfSatisfying(ParseResult.NotArticle.class,
                n -> assertThat(n.reason()).contains("article pattern").contains("newdaily"));
    }

    @Test
    void saysASectionPageIsNotAnArticleByItsContentWhenNoProfileKnowsTheSite() {
        String url = "https://www.newdaily.co.kr/news/section_list_all.html?sec_no=58";
        ParseResult result = parser.parse(page(url, "newdaily/section-list.html"), SiteProfile.generic("www.newdaily.co.kr"));

        assertThat(result).isInstanceOfSatisfying(ParseResult.NotArticle.class,
                n -> assertThat(n.reason()).matches("(listing page|no main content): [^\n]+"));
    }

    @Test
    void failsAnArticleUrlWithABodyButNoTitle() {
        Page page = new Page(SEED_URL, ("<html><body><div id=\"article_conent\"><p>본문은 있지만 제목이 어디에도 없는 기사 페이지의 문단이다.</p>"
                + "</div></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=utf-8", Fixtures.FETCHED_AT);

        assertThat(parser.parse(page, newdaily)).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.reason()).contains("no title"));
    }

    @Test
    void failsAnArticleUrlWhoseBodyIsEmpty() {
        Page page = new Page(SEED_URL, "<html><head><title>t</title></head><body><div id=\"article_conent\"></div></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=utf-8", Fixtures.FETCHED_AT);

        assertThat(parser.parse(page, newdaily)).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.reason()).contains("no body text"));
    }
}
