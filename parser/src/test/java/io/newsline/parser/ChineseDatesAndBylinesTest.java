package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date and byline forms Chinese pages print, read by the generic path (no site profile): the constructed
 * pages under {@code src/test/resources/zh-dates} (see its README), one form each, and two of the portal pages.
 */
class ChineseDatesAndBylinesTest {
    private static final String URL = "https://news.example.cn/local/a1.html";

    private final ArticleParser parser = new ArticleParser();

    private Article parse(String resource, String url) {
        return Fixtures.parsed(parser.parse(Fixtures.page(url, resource), SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow())));
    }

    private Article parse(String fixture) {
        return parse("zh-dates/" + fixture, URL);
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "date-nian-space.html         | 2025-01-24T10:16+08:00",
        "date-nian-no-space.html      | 2025-01-24T10:16+08:00",
        "date-dashes-seconds.html     | 2025-01-24T10:16:48+08:00",
        "date-fullwidth-digits.html   | 2025-01-24T10:16+08:00",
        "label-fabu-shijian.html      | 2025-01-24T10:16+08:00",
        "label-fabiao-yu.html         | 2025-01-24T10:16+08:00",
        "label-shijian-slashes.html   | 2025-01-24T10:16+08:00",
        "label-riqi-day-only.html     | 2025-01-24T00:00+08:00",
    })
    void aChineseDateLineGivesThePublicationTimeInChinaTime(String fixture, String published) {
        assertThat(parse(fixture).publishedAt()).isEqualTo(OffsetDateTime.parse(published));
    }

    @Test
    void aDateSplitOverElementsIsReadFromTheLineTheyMakeTogether() {
        Article a = parse("zh-portals/xinhua-style-bom-wrong-meta/source.html", "https://www.example.cn/2025-01/24/c_1.htm");

        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T10:16:48+08:00"));
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "modified-gengxin-shijian.html | 2025-01-25T08:30+08:00",
        "modified-zuihou-gengxin.html  | 2025-01-25T08:30+08:00",
    })
    void anUpdateLabelGivesTheModifiedTimeNotThePublicationTime(String fixture, String modified) {
        Article a = parse(fixture);

        assertThat(a.modifiedAt()).isEqualTo(OffsetDateTime.parse(modified));
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T10:16+08:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"relative-hours-ago.html", "relative-yesterday.html", "relative-day-before.html"})
    void aRelativeTimeGivesNoPublicationTimeSinceTheParserHasNoClock(String fixture) {
        assertThat(parse(fixture).publishedAt()).isNull();
    }

    @Test
    void aRelativeTimeCarryingTheAbsoluteTimeInItsTitleGivesThatTime() {
        assertThat(parse("relative-with-absolute-title.html").publishedAt())
                .isEqualTo(OffsetDateTime.parse("2025-01-24T10:20+08:00"));
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "zone-zh-hans-no-offset.html | 2025-01-24T10:16+08:00",
        "zone-zh-hk-no-offset.html   | 2025-01-24T10:16+08:00",
    })
    void aChinesePageWithoutAnOffsetIsReadInItsRegionsTime(String fixture, String published) {
        assertThat(parse(fixture).publishedAt().getOffset()).isEqualTo(OffsetDateTime.parse(published).getOffset());
        assertThat(parse(fixture).publishedAt()).isEqualTo(OffsetDateTime.parse(published));
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "byline-wen-slash.html              | 张三",
        "byline-zhuanwen.html               | 张三",
        "byline-benbao-jizhe.html           | 张三",
        "byline-two-reporters.html          | 张三 李四",
        "byline-reporter-and-editor.html    | 张三",
        "byline-reporter-correspondent.html | 张三 李强",
        "byline-correspondent-alone.html    | 李强",
        "byline-cna-dateline.html           | 王小明",
    })
    void aChineseBylineNamesTheAuthors(String fixture, String names) {
        assertThat(parse(fixture).authors()).extracting(Author::name).containsExactlyElementsOf(List.of(names.split(" ")));
    }

    @Test
    void anEditorIsNotAnAuthor() {
        assertThat(parse("byline-editor-only.html").authors()).isEmpty();
    }

    @Test
    void theTaiwaneseAgencyDatelineNamesItsReporter() {
        Article a = parse("zh-portals/cna-style-big5-eten/source.html", "https://www.example.com.tw/news/aloc/202501240001.aspx");

        assertThat(a.authors()).extracting(Author::name).containsExactly("林志明");
        assertThat(a.text()).contains("（中央社記者林志明台北24日電）");
    }

    @Test
    void aBylineParagraphIsNotLeftInTheText() {
        assertThat(parse("byline-wen-slash.html").text()).doesNotContain("文/张三");
    }

    static List<String> names(String s) {
        return Arrays.asList(s.split(" "));
    }
}
