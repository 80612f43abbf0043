package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kinds of Chinese pages the generic extractor missed on unseen pages (docs/chinese-extraction.md), each as a new
 * constructed page of that kind (src/test/resources/zh-shapes, hand-written expected texts): photo galleries, hosted
 * blogs with counter lines and comments, blog titles and meta lines, licence lines, notices and WeChat prompts.
 */
class ChineseShapesTest {

    private static final String DIR = "zh-shapes/";
    private static final List<String> PAGES = List.of(
            "bo-blog-original-title", "dvbbs-user-cell-gbk", "ghost-reading-time", "hosted-blog-counters-gbk", "notice-and-wechat-prompt-gbk",
            "photo-gallery-slides", "qa-best-answer", "wordpress-dot-meta-line");
    /** Under the mean of the last measurement (docs/chinese-extraction.md), so that one page lost breaks it. */
    private static final double MEAN_F1_FLOOR = 0.97;

    private final ArticleParser parser = new ArticleParser();

    private Article article(String name) {
        return parsed(parser.parse(page("https://zh.example.cn/" + name, DIR + name + "/source.html"),
                SiteProfile.generic("zh.example.cn")));
    }

    private String text(String name) {
        return article(name).text();
    }

    @Test
    void extractsTheShapesSetWithAMeanF1AboveTheFloor() {
        new GoldPageFolder(DIR, "https://zh.example.cn/").assertMeanF1AtLeast(PAGES, MEAN_F1_FLOOR);
    }

    @Test
    void dropsTheSlideCountersOfAPhotoGallery() {
        assertThat(text("photo-gallery-slides")).startsWith("连日来").doesNotContain("1/6", "6/6");
    }

    @Test
    void takesSlideCaptionsWithAPhotographerCreditForCaptionsNotText() {
        assertThat(text("photo-gallery-slides")).doesNotContain("摄影", "无人机航拍下的油菜花田");
    }

    @Test
    void dropsTheDateAndOutletLineAboveAGallery() {
        assertThat(text("photo-gallery-slides")).doesNotContain("2025-03-18", "山水新闻网");
    }

    @Test
    void dropsABlogPostsDateCategoryAndTagLine() {
        assertThat(text("hosted-blog-counters-gbk")).startsWith("周六早上").doesNotContain("分类：读书", "字号", "订阅");
    }

    @Test
    void dropsABlogPostsReadAndCommentCounters() {
        assertThat(text("hosted-blog-counters-gbk")).doesNotContain("阅读(326)", "转载(1)");
    }

    @Test
    void dropsTheCommentsUnderACommentsHeading() {
        assertThat(text("hosted-blog-counters-gbk")).endsWith("想想也挺好。")
                .doesNotContain("五块钱买到一段历史", "高铁", "博主写得真好");
    }

    @Test
    void dropsATitleRepeatedWithAnOriginalMarkAboveThePost() {
        assertThat(text("bo-blog-original-title")).startsWith("今年春天").doesNotContain("[原创]");
    }

    @Test
    void dropsABracketedDateAndByLine() {
        assertThat(text("bo-blog-original-title")).doesNotContain("by 老周", "2025-07-06");
    }

    @Test
    void dropsACreativeCommonsLicenceLine() {
        assertThat(text("bo-blog-original-title")).endsWith("买来的比不了的。").doesNotContain("许可协议", "CC BY");
    }

    @Test
    void dropsAPostMetaLineOfDateCategoryAndCommentCount() {
        assertThat(text("wordpress-dot-meta-line")).startsWith("这次搬家").doesNotContain("7条评论", "随笔");
    }

    @Test
    void dropsAStatementNoticeWithoutAQualifier() {
        assertThat(text("notice-and-wechat-prompt-gbk")).doesNotContain("声明", "不代表本平台立场");
    }

    @Test
    void dropsTheLikeAndSharePromptsOfAWeChatArticle() {
        assertThat(text("notice-and-wechat-prompt-gbk")).endsWith("他就一直开下去。").doesNotContain("在看", "点赞");
    }

    @Test
    void takesAQuestionsDescriptionWithItsBestAnswer() {
        assertThat(text("qa-best-answer")).startsWith("去年搬家的时候").contains("需要换盆了？", "多半是浇水太勤")
                .endsWith("稀释的液体肥就可以了。");
    }

    @Test
    void leavesTheOtherAnswersOfAQuestionOut() {
        assertThat(text("qa-best-answer")).doesNotContain("散射光", "新陈代谢", "水培", "赞同", "提问者");
    }

    @Test
    void leavesTheUserCellOfATableForumPostOut() {
        assertThat(text("dvbbs-user-cell-gbk")).startsWith("家里的阳台有六平米左右")
                .doesNotContain("木头人", "头衔", "积分", "注册", "书桌做得真好看");
    }

    @Test
    void dropsAPostMetaLineOfAuthorDateAndReadingTime() {
        assertThat(text("ghost-reading-time")).startsWith("搬到这座小城").doesNotContain("阅读约", "林间");
    }
}
