package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The constructed Chinese news-portal pages under src/test/resources/zh-portals (one folder each, source.html and
 * its hand-written expected.html, the layout {@code newsline eval} reads) through the path a site without a profile
 * takes. The mean token F1 stays above a floor a little under what was measured (see docs/chinese-extraction.md),
 * so a regression on any of the layouts breaks it.
 */
class ChinesePortalPagesTest {
    static final List<String> PAGES = List.of(
            "163-style-gbk", "br-body-gbk-no-charset", "chinanews-style", "cna-style-big5-eten", "portal-in-body-promos", "finance-portal-paged",
            "gov-trs-gb2312-gb18030-char", "ifeng-style", "old-table-portal-gbk-late-meta",
            "people-style-gb2312-gbk-char", "qq-style", "sina-style", "sohu-style", "thepaper-style",
            "xinhua-style-bom-wrong-meta");
    /** Measured 0.9588 before the Chinese portal work of 2026-12-05; see docs/chinese-extraction.md for after. */
    private static final double MEAN_F1_FLOOR = 0.98;

    private final ArticleParser parser = new ArticleParser();

    @Test
    void meanTokenF1OnTheChinesePortalPagesStaysAboveTheFloor() {
        new GoldPageFolder("zh-portals", "http://example.invalid/").assertMeanF1AtLeast(PAGES, MEAN_F1_FLOOR);
    }

    @Test
    void dropsDisclaimerAndPlatformNoticesPrintedAfterTheBody() {
        assertThat(text("ifeng-style")).doesNotContain("免责声明");
        assertThat(text("finance-portal-paged")).doesNotContain("免责声明", "不构成投资建议");
        assertThat(text("br-body-gbk-no-charset")).doesNotContain("免责声明");
        assertThat(text("sohu-style")).doesNotContain("平台声明");
    }

    @Test
    void dropsTheLineOfDateAndLabelledFieldsAboveTheBody() {
        assertThat(text("sohu-style")).doesNotContain("来源: 消费观察").startsWith("近日，一家本土咖啡品牌");
        assertThat(text("gov-trs-gb2312-gb18030-char")).doesNotContain("信息来源", "浏览次数");
    }

    @Test
    void dropsQrCodePromptsAndPagination() {
        assertThat(text("gov-trs-gb2312-gb18030-char")).doesNotContain("扫一扫", "下一页");
    }

    @Test
    void dropsFollowOurAccountPromptsAndFurtherReadingLabelsInsideTheBody() {
        assertThat(text("portal-in-body-promos")).doesNotContain("公众号", "延伸阅读", "本文来源");
    }

    @Test
    void keepsAReprintNoticeWrittenAsASentenceAsReadabilityDoes() {
        assertThat(text("portal-in-body-promos")).contains("未经授权不得转载。");
    }

    @Test
    void movesACaptionEndingInAChinesePhotoCreditIntoItsImage() {
        Article a = article("163-style-gbk");

        assertThat(a.text()).doesNotContain("跨江隧道内部", "刘洋");
        assertThat(a.images()).singleElement().satisfies(image -> {
            assertThat(image.caption()).isEqualTo("跨江隧道内部。");
            assertThat(image.credit()).isEqualTo("刘洋");
        });
    }

    @Test
    void readsAReporterBylineThatNamesTheOutletBeforeTheWordReporter() {
        Article a = article("thepaper-style");

        assertThat(a.authors()).extracting(Author::name).containsExactly("钱程");
        assertThat(a.text()).doesNotContain("城市观察记者");
    }

    @Test
    void readsTheReportersOfAnAgencyDatelineAndKeepsTheDatelineInTheText() {
        Article a = article("xinhua-style-bom-wrong-meta");

        assertThat(a.authors()).extracting(Author::name).containsExactly("张伟");
        assertThat(a.paragraphs().get(0)).startsWith("新华社北京1月24日电（记者张伟）记者24日从国家能源局获悉");
    }

    @Test
    void cutsTheSectionAndTheGovernmentSiteFromATitleAndDropsItsRepeatInTheBody() {
        Article a = article("gov-trs-gb2312-gb18030-char");

        assertThat(a.title()).isEqualTo("区市场监管局推出“一照通行”改革");
        assertThat(a.paragraphs()).first().asString().startsWith("为进一步优化营商环境");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"br-body-gbk-no-charset, 孙悦", "old-table-portal-gbk-late-meta, 周敏", "finance-portal-paged, 林涛"})
    void readsTheAuthorOfALabelledFieldOnTheDateLine(String name, String author) {
        Article a = article(name);

        assertThat(a.authors()).extracting(Author::name).containsExactly(author);
        assertThat(a.extraction().sourceOf("authors")).isEqualTo(FieldSource.GENERIC);
    }

    private Article article(String name) {
        ParseResult result = parser.parse(page("http://example.invalid/" + name, "zh-portals/" + name + "/source.html"),
                SiteProfile.generic("example.invalid"));
        assertThat(result).as(name).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).article();
    }

    private String text(String name) {
        return article(name).text();
    }
}
