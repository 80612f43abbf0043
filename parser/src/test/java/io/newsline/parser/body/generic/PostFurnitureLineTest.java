package io.newsline.parser.body.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostFurnitureLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "本帖最后由 山野行者 于 2024-3-6 08:15 编辑", "[ 此帖被光影随行在2012-03-15 20:40重新编辑 ]",
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
        "版权声明：本文为慢生活笔记原创，转载请注明出处并附上本文链接。", "转载请注明出处。",
        "发表于2024-02-18分类于折腾本文字数：312", "日志搬砖工已于 2024-05-12 22:41:05 修改阅读量2.1k收藏41点赞数 23",
        "分类: 徒步", "标签：Java, 多线程", "posted @ 2023-06-12 09:48 一只写代码的猫 阅读(3127) 评论(8) 编辑 收藏 举报"})
    void recognisesLinesThatBlogAndForumSoftwarePrints(String line) {
        assertThat(PostFurnitureLine.test(line, TextMeasure.length(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "我们在2024年3月发表于学报的论文，阅读量和评论都比预想的多。", "编辑部于2024年3月5日收到来信。",
        "2024-03-05 10:22", "第二周开始见干见湿，一次浇透。", "分类：先按颜色，再按大小，最后按产地，一共分成了十二类，每一类都单独装箱编号。", "阅读 2024 年的报告后，他修改了计划。"})
    void keepsAuthorsSentences(String line) {
        assertThat(PostFurnitureLine.test(line, TextMeasure.length(line))).isFalse();
    }
}
