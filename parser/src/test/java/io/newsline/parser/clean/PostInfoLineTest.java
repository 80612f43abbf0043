package io.newsline.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostInfoLineTest {

    @Test
    void takesALineOfDateCategoryTagsAndFontSizeForPostInformation() {
        assertThat(PostInfoLine.test("2024-10-12 21:05 | 分类：读书 | 标签：旧书 地图 | 字号 大 中 小 订阅")).isTrue();
    }

    @Test
    void takesALineOfCountersForPostInformation() {
        assertThat(PostInfoLine.test("阅读(326) | 评论(3) | 转载(1) | 收藏(2)")).isTrue();
    }

    @Test
    void takesADateWithOneBareNameForPostInformation() {
        assertThat(PostInfoLine.test("2025年9月14日 · 随笔 · 7条评论")).isTrue();
        assertThat(PostInfoLine.test("2025-03-18 09:40 山水新闻网")).isTrue();
    }

    @Test
    void takesALineOfDatesAloneThoughItHasNoChineseCharacter() {
        assertThat(PostInfoLine.test("2025-09-14 | 10:30")).isTrue();
    }

    @Test
    void keepsALatinLineWithoutAFullDate() {
        assertThat(PostInfoLine.test("10:30 | by John")).isFalse();
    }

    @Test
    void keepsAScheduleLineOfATimeAndAnEvent() {
        assertThat(PostInfoLine.test("10:30 开幕式")).isFalse();
    }

    @Test
    void keepsADatedLineThatSaysMoreThanOneName() {
        assertThat(PostInfoLine.test("2025年3月18日 城西古镇 油菜花进入盛花期")).isFalse();
    }

    @Test
    void keepsASentenceThatStartsWithADate() {
        assertThat(PostInfoLine.test("2025年3月18日，古镇开通了旅游专线。")).isFalse();
    }
}
