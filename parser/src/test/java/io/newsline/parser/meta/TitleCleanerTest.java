package io.newsline.parser.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleCleanerTest {
    private static final List<String> NO_SITE = List.of();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "城市地铁新线路今日开通运营_新浪新闻 # 城市地铁新线路今日开通运营",
        "城市地铁新线路今日开通运营_网易新闻 # 城市地铁新线路今日开通运营",
        "城市地铁新线路今日开通运营-新华网 # 城市地铁新线路今日开通运营",
        "城市地铁新线路今日开通运营 - 人民网 # 城市地铁新线路今日开通运营",
        "城市地铁新线路今日开通运营|澎湃新闻 # 城市地铁新线路今日开通运营",
        "城市地铁新线路今日开通运营_国际新闻_环球网 # 城市地铁新线路今日开通运营",
        "【城市地铁新线路今日开通运营】-中新网 # 城市地铁新线路今日开通运营",
        "서울시, 심야 버스 노선 12개 늘린다 - 조선일보 # 서울시, 심야 버스 노선 12개 늘린다",
        "서울시, 심야 버스 노선 12개 늘린다 : 네이버 뉴스 # 서울시, 심야 버스 노선 12개 늘린다",
        "한빛일보 - 서울시, 심야 버스 노선 12개 늘린다 # 서울시, 심야 버스 노선 12개 늘린다",
        "新华网 | 城市地铁新线路今日开通运营 # 城市地铁新线路今日开通运营",
        "[한빛일보] 서울시, 심야 버스 노선 12개 늘린다 # 서울시, 심야 버스 노선 12개 늘린다",
        "【新华网】城市地铁新线路今日开通运营 # 城市地铁新线路今日开通运营",
    })
    void cutsSiteNamesShapedLikeNewsSitesEvenOutsideTheTitleTag(String title, String expected) {
        assertThat(TitleCleaner.clean(title, NO_SITE, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "서울시, 심야 버스 노선 12개 늘린다 | 한겨레 # 서울시, 심야 버스 노선 12개 늘린다",
        "城市地铁新线路今日开通运营_体育_新浪网 # 城市地铁新线路今日开通运营",
        "[단독] 서울시, 심야 버스 노선 12개 늘린다 - 조선일보 # [단독] 서울시, 심야 버스 노선 12개 늘린다",
        "뉴데일리 :: 시장, 새 교통 대책 발표 # 시장, 새 교통 대책 발표",
        "Storm hits coast - Example News # Storm hits coast",
    })
    void cutsAShortTrailingPartOfTheTitleTag(String title, String expected) {
        assertThat(TitleCleaner.clean(title, NO_SITE, true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"美联储：维持利率不变", "뉴스 - 한 줄", "中国日报 - 社论", "中美-东盟合作论坛在京开幕 多国代表出席", "[단독] 서울시, 심야 버스 노선 12개 늘린다",
        "韩-美 정상회담 다음 달 워싱턴서 개최", "2025-2026赛季中超联赛今日开幕", "【独家】城市地铁新线路今日开通运营"})
    void neverCutsAHeadlineThatHoldsAHyphenOrColon(String title) {
        assertThat(TitleCleaner.clean(title, NO_SITE, true)).isEqualTo(title);
        assertThat(TitleCleaner.clean(title, NO_SITE, false)).isEqualTo(title);
    }

    @Test
    void aHeadlineShortenedWithAnEllipsisIsCompletedByTheHeading() {
        List<String> h1 = List.of("서울 시내버스 노선 120개 다음 달부터 바뀐다");

        assertThat(TitleCleaner.completion("서울 시내버스 노선 120개...", h1)).hasValue("서울 시내버스 노선 120개 다음 달부터 바뀐다");
        assertThat(TitleCleaner.completion("서울 시내버스 노선…", h1)).hasValue("서울 시내버스 노선 120개 다음 달부터 바뀐다");
        assertThat(TitleCleaner.completion("서울 시내버스 노선 120개", h1)).as("not shortened").isEmpty();
        assertThat(TitleCleaner.completion("부산 지하철 노선...", h1)).as("another headline").isEmpty();
    }

    @Test
    void cutsAKnownSiteNameAfterAnUnspacedDash() {
        assertThat(TitleCleaner.clean("城市地铁新线路今日开通运营-澎湃", List.of("澎湃"), false)).isEqualTo("城市地铁新线路今日开通运营");
    }

    @Test
    void theH1IsTheHeadlineWhenTheTitleHoldsIt() {
        assertThat(TitleCleaner.headingIn("城市地铁新线路今日开通运营_国际新闻_环球网", List.of("城市地铁新线路今日开通运营"), NO_SITE))
                .hasValue("城市地铁新线路今日开通运营");
        assertThat(TitleCleaner.headingIn("【城市地铁新线路今日开通运营】-中新网", List.of("城市地铁新线路今日开通运营"), NO_SITE))
                .hasValue("城市地铁新线路今日开通运营");
        assertThat(TitleCleaner.headingIn("【独家】地铁新线路开通-中新网", List.of("【独家】地铁新线路开通"), NO_SITE))
                .hasValue("【独家】地铁新线路开通");
        assertThat(TitleCleaner.headingIn("[단독] 서울시, 심야 버스 늘린다 - 조선일보", List.of("[단독] 서울시, 심야 버스 늘린다"), NO_SITE))
                .hasValue("[단독] 서울시, 심야 버스 늘린다");
    }

    @Test
    void aLogoH1IsNotTheHeadline() {
        assertThat(TitleCleaner.headingIn("뉴데일리 :: 시장, 새 교통 대책을 오늘 발표했다", List.of("뉴데일리"), NO_SITE)).isEmpty();
        assertThat(TitleCleaner.headingIn("市长发布交通新政 - 新闻中心网", List.of("新闻中心网"), NO_SITE)).isEmpty();
        assertThat(TitleCleaner.headingIn("城市地铁新线路今日开通运营_新浪新闻",
                List.of("新浪新闻", "城市地铁新线路今日开通运营"), NO_SITE)).hasValue("城市地铁新线路今日开通运营");
    }

    @Test
    void aSectionH1ThatStartsAColonHeadlineIsNotTheHeadline() {
        assertThat(TitleCleaner.headingIn("美联储：维持利率不变", List.of("美联储"), NO_SITE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "시의회, 내년 예산안 통과 < 정치 < 기사본문 - 한빛일보 # 시의회, 내년 예산안 통과",
        "시의회, 내년 예산안 통과 < 기사본문 - 한빛일보 # 시의회, 내년 예산안 통과",
        "Council passes budget < Politics < News # Council passes budget",
    })
    void dropsTheBreadcrumbTrailAfterTheHeadline(String title, String expected) {
        assertThat(TitleCleaner.clean(title, NO_SITE, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"금리 < 물가 상승률, 실질금리 마이너스", "Why 2 < 3 matters for chip yields", "Why 1 < 2 < 3 in the new ranking"})
    void keepsALessThanSignThatIsPartOfAHeadline(String title) {
        assertThat(TitleCleaner.clean(title, NO_SITE, false)).isEqualTo(title);
    }

    @Test
    void knowsTheSiteByItsHostName() {
        List<String> host = List.of("www.reuters.com");

        assertThat(TitleCleaner.clean("Fed holds rates steady - Reuters", host, false)).isEqualTo("Fed holds rates steady");
        assertThat(TitleCleaner.clean("Fed holds rates steady | Reuters", host, false)).isEqualTo("Fed holds rates steady");
        assertThat(TitleCleaner.clean("Fed holds rates steady - Markets", host, false)).isEqualTo("Fed holds rates steady - Markets");
    }
}
