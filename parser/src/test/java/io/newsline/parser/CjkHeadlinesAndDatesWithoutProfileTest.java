package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese and Korean pages of sites no profile knows, written to imitate common layouts (see
 * {@code generic/README.md}): the generic path must give the exact headline, without the site's name, and the exact
 * publication time in the page's zone.
 */
class CjkHeadlinesAndDatesWithoutProfileTest {
    private final ArticleParser parser = new ArticleParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zh-xinhua-style.html    | https://www.example.cn/2025-01/24/c_1.htm            | 多地春运客流创新高 铁路部门加开夜间列车        | 2025-01-24T10:30+08:00",
        "zh-163-style.html       | https://www.example.com/article/ABC123.html          | 城市地铁新线路今日开通运营 沿线居民出行更便捷  | 2025-01-24T10:30:15+08:00",
        "zh-huanqiu-jsonld.html  | https://world.example.com/article/4Kx                | 欧洲多国宣布延长能源补贴政策                   | 2025-01-24T10:30+08:00",
        "zh-chinanews-colon.html | https://www.example.com.cn/gj/2025/01-24/1.shtml     | 美联储：维持利率不变                          | 2025-01-24T03:05+08:00",
        "zh-tw-style.html        | https://news.example.com.tw/n/1                      | 台北捷運新線通車首日 搭乘人次超過預期          | 2025-01-24T10:30+08:00",
        "zh-lang-en.html         | https://www.example.cn/finance/2025/0124/1.html      | 新能源汽车出口量再创新高                       | 2025-01-24T10:30+08:00",
        "ko-ampm-date.html       | https://www.example.co.kr/news/1                     | [단독] 서울시, 내년부터 공공자전거 대여소 300곳 늘린다 | 2025-01-24T15:05+09:00",
        "ko-seungin-date.html    | https://www.example.kr/news/articleView.html?idxno=1 | 지역 전통시장 설 대목 활기 … 제수용품 가격은 부담 | 2025-01-24T10:30+09:00",
        "ko-naver-style.html     | https://n.news.example.com/article/1                 | 반도체 수출 석 달 연속 증가 … 1월 중순까지 20% 늘어 | 2025-01-24T15:05+09:00",
        "ko-bracketed-time.html  | https://news.example.co.kr/news/view.do?ncd=1        | 한강 다리 야간 조명 2월부터 새로 바뀐다          | 2025-01-24T10:30+09:00",
    })
    void givesTheExactHeadlineAndPublicationTime(String fixture, String url, String title, String published) {
        Article a = Fixtures.parsed(parser.parse(Fixtures.page(url, "generic/" + fixture),
                SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow())));

        assertThat(a.title()).isEqualTo(title);
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse(published));
        assertThat(a.publishedAt().getOffset()).isEqualTo(OffsetDateTime.parse(published).getOffset());
    }
}
