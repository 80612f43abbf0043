package io.newsline.parser.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.body.MainContent.Block;
import io.newsline.parser.body.MainContent.Block.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic extractor on constructed Korean, Chinese and Japanese news pages (src/test/resources/generic):
 * the body is picked over most-read lists, login and comment boxes, captions, bylines and copyright lines.
 */
class GenericExtractorCjkTest {

    private final GenericExtractor extractor = new GenericExtractor();

    private MainContent extract(String fixture) {
        return extractor.extract(Fixtures.html("/generic/" + fixture));
    }

    @Test
    void picksKoreanBodyWrittenInBrRunsOverMostReadList() {
        MainContent content = extract("ko-news-best-list.html");
        List<Block> blocks = content.blocks();

        assertThat(blocks).first().extracting(Block::text).isEqualTo(
                "서울시가 내년 1월부터 심야 시간대 시내버스 노선을 12개 늘리기로 했다. 늦은 밤 귀가하는 시민들의 교통 불편을 줄이기 위한 조치다.");
        assertThat(blocks).last().extracting(Block::text).isEqualTo("서울시는 시범 운행 결과를 분석해 하반기에 노선을 추가로 조정할 방침이다.");
        assertThat(blocks).contains(new Block(Kind.HEADING, "요금은 기존과 같아"));
        assertThat(blocks).extracting(Block::kind).doesNotContain(Kind.LIST_ITEM);
    }

    @Test
    void dropsKoreanLoginCommentCaptionBylineAndCopyright() {
        String text = Fixtures.joined(extract("ko-news-best-list.html"));

        assertThat(text).doesNotContain("회원가입", "로그인", "댓글", "버스타는사람", "많이 본 뉴스", "프로야구",
                "자료사진", "김민수 기자", "무단전재", "페이스북", "Copyright", "교통카드를 찍고");
    }

    @Test
    void picksChineseBodyAndDropsRelatedNewsShareBarCaptionAndEditorLine() {
        List<Block> blocks = extract("zh-news-related.html").blocks();

        assertThat(blocks).first().extracting(Block::text).isEqualTo(
                "本报讯 经过四年建设，本市地铁十二号线今天上午正式开通运营。新线路全长三十二公里，共设二十四座车站，连接城市东部和西部的主要居住区。");
        assertThat(blocks).last().extracting(Block::text).isEqualTo(
                "交通部门表示，下一步还将根据客流情况调整发车间隔，高峰时段最小间隔将缩短至三分钟。");
        assertThat(blocks).contains(new Block(Kind.HEADING, "票价与换乘"));
        String text = Fixtures.joined(extract("zh-news-related.html"));
        assertThat(text).doesNotContain("相关新闻", "公交线网", "热门排行", "微博", "记者 王芳 摄", "责任编辑", "版权所有");
    }

    @Test
    void picksJapaneseBodyAndDropsCookieBannerRankingRelatedCaptionAndDate() {
        List<Block> blocks = extract("ja-news-ranking.html").blocks();

        assertThat(blocks).first().extracting(Block::text).isEqualTo(
                "みなと市の駅前に建設されていた新しい市立図書館が完成し、二十日に関係者向けの内覧会が開かれた。一般公開は来月一日から始まる。");
        assertThat(blocks).last().extracting(Block::text).isEqualTo(
                "開館時間は午前九時から午後九時までで、駅から歩いて二分ほどの距離にあるため、仕事帰りの利用も見込まれている。");
        assertThat(blocks).contains(new Block(Kind.HEADING, "子ども向けの空間も充実"));
        String text = Fixtures.joined(extract("ja-news-ranking.html"));
        assertThat(text).doesNotContain("クッキー", "アクセスランキング", "関連記事", "市立美術館", "完成した新しい市立図書館",
                "山田太郎", "2026年11月20日", "無断転載", "LINEで送る");
    }

    @Test
    void picksABrRunBodyOverUnmarkedLoginAndCommentBoxesBesideIt() {
        List<Block> blocks = extract("ko-br-body-unmarked-widgets.html").blocks();

        assertThat(blocks).extracting(Block::text).containsExactly(
                "서울시는 여름철 한강 공원의 야간 개장 시간을 밤 11시까지 한 시간 늘린다고 밝혔다. 더위를 피해 밤에 공원을 찾는 시민이 늘었기 때문이다.",
                "시는 연장 기간 동안 주요 공원에 안전 요원을 추가로 배치하고, 매점과 화장실 운영 시간도 함께 늘릴 계획이다.",
                "시 관계자는 “시민들이 안전하게 밤 시간을 즐길 수 있도록 준비하겠다”고 말했다.",
                "야간 개장은 다음 달 1일부터 8월 말까지 이어진다.");
    }

    @Test
    void treatsAKoreanSectionFrontAsNotAnArticle() {
        assertThat(extract("ko-section-front.html").blocks()).isEmpty();
        assertThat(extract("ko-section-front.html").listingReason()).startsWith("listing page");
    }

    @Test
    void treatsAChineseListingWithPlainTextSummariesAsNotAnArticle() {
        assertThat(extract("zh-listing-summaries.html").blocks()).isEmpty();
        assertThat(extract("zh-listing-summaries.html").listingReason()).startsWith("listing page");
    }

    @Test
    void keepsAShortArticleFollowedByRelatedHeadlinesInTheSameBox() {
        List<Block> blocks = extract("ko-short-article-related-headlines.html").blocks();

        assertThat(blocks).hasSize(4);
        assertThat(blocks).first().extracting(Block::text).asString().startsWith("구립 도서관 12곳의 운영 시간이");
        assertThat(blocks).last().extracting(Block::text)
                .isEqualTo("구청은 이용 현황을 분석해 다른 공공시설의 운영 시간 조정도 검토할 예정이다.");
        assertThat(Fixtures.joined(extract("ko-short-article-related-headlines.html"))).doesNotContain("작은도서관");
    }
}
