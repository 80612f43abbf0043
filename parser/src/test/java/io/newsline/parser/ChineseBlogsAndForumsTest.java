package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chinese blog posts and forum threads without a site file (src/test/resources/zh-blogs-forums, constructed pages
 * with hand-written expected texts): the article is the post, or the first post of a thread, without comments,
 * replies, signatures, user columns, edit notes, reprint notices or post meta lines.
 */
class ChineseBlogsAndForumsTest {

    private static final String DIR = "zh-blogs-forums/";
    private static final List<String> PAGES = List.of(
            "cnblogs-blockingqueue-code", "csdn-nginx-log-code", "discuz-elevator-long-reply", "discuz-parenting-gbk",
            "discuz-travel-utf8", "discuz-wifi-many-answers", "hexo-waline-long-comments", "jianshu-beijing-note",
            "phpwind-exposure-gbk", "sina-blog-father", "tieba-pothos-utf8", "typecho-waline-long-comments",
            "wordpress-tomato-comments", "zblog-old-tree-gbk", "zhihu-column-running");
    /** Under the mean of the last measurement (docs/extraction-blogs-forums.md), so that one page lost breaks it. */
    private static final double MEAN_F1_FLOOR = 0.97;

    private final ArticleParser parser = new ArticleParser();

    private String text(String name) {
        return parsed(parser.parse(page("https://blog.example.cn/" + name, DIR + name + "/source.html"),
                SiteProfile.generic("blog.example.cn"))).text();
    }

    @Test
    void extractsTheBlogAndForumSetWithAMeanF1AboveTheFloor() {
        new GoldPageFolder(DIR, "https://blog.example.cn/").assertMeanF1AtLeast(PAGES, MEAN_F1_FLOOR);
    }

    @Test
    void takesTheFirstPostOfAThreadOverALongerReply() {
        String text = text("discuz-elevator-long-reply");

        assertThat(text).startsWith("小区最近在讨论要不要装电梯。").contains("想问问论坛里装过电梯的朋友", "怎么说服邻居的？")
                .doesNotContain("我们楼去年刚装好", "一楼确实吃亏");
    }

    @Test
    void takesTheFirstPostOfAThreadOverItsAnswersTogether() {
        String text = text("discuz-wifi-many-answers");

        assertThat(text).startsWith("家里的无线网最近特别不稳定").contains("先谢谢大家。")
                .doesNotContain("信道干扰。那个时间", "散热不好", "系统日志", "积分", "注册时间", "专业解决");
    }

    @Test
    void takesAShortPostOverLongerCommentsWhoseClassesDoNotSayComment() {
        String text = text("hexo-waline-long-comments");

        assertThat(text).startsWith("这周把博客从服务器搬到了静态托管").doesNotContain("内容分发网络", "评论服务");
    }

    @Test
    void takesAShortUnmarkedPostOverTheLongerCommentListBelowIt() {
        String text = text("typecho-waline-long-comments");

        assertThat(text).startsWith("周末去郊区的山里走了一条新路线").contains("膝盖不好的朋友可以反着走这条线。")
                .doesNotContain("登山杖", "停车", "观景台");
    }

    @Test
    void dropsTheEditNoteOfAForumPost() {
        assertThat(text("discuz-travel-utf8")).startsWith("去年国庆假期").doesNotContain("本帖最后由", "编辑");
    }

    @Test
    void dropsReprintNoticesAndPostMetaLines() {
        assertThat(text("csdn-nginx-log-code")).startsWith("最近在整理服务器上的日志")
                .doesNotContain("版权声明", "阅读量", "点赞数");
        assertThat(text("wordpress-tomato-comments")).doesNotContain("版权声明", "转载");
        assertThat(text("hexo-waline-long-comments")).doesNotContain("发表于", "本文字数");
    }

    @Test
    void keepsTheCodeBlocksOfATechPost() {
        assertThat(text("cnblogs-blockingqueue-code")).contains("queue.put(POISON);", "new ArrayBlockingQueue<>(100)")
                .doesNotContain("阅读排行榜", "最新评论", "毒丸这个做法第一次见");
    }
}
