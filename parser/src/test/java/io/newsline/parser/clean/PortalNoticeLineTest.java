package io.newsline.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalNoticeLineTest {

    @Test
    void takesAStatementLabelForANotice() {
        assertThat(PortalNoticeLine.test("声明：本文仅代表作者观点，不代表本站立场。")).isTrue();
    }

    @Test
    void takesWeChatReadersPromptsForFurniture() {
        assertThat(PortalNoticeLine.test("点个“在看”，你最好看！")).isTrue();
        assertThat(PortalNoticeLine.test("喜欢本文请点赞、在看、转发")).isTrue();
    }

    @Test
    void keepsAHeadingWithOneReactionWord() {
        assertThat(PortalNoticeLine.test("为坚守岗位的环卫工人点赞")).isFalse();
        assertThat(PortalNoticeLine.test("我在看海")).isFalse();
    }

    @Test
    void takesALineOfBracketedToolLabelsInAnyScript() {
        assertThat(PortalNoticeLine.test("【打印本页】【关闭窗口】")).isTrue();
        assertThat(PortalNoticeLine.test("【Print】【Close】")).isTrue();
    }

    @Test
    void takesASlideCounterForFurnitureButNotAFraction() {
        assertThat(PortalNoticeLine.test("3/10")).isTrue();
        assertThat(PortalNoticeLine.test("12/5")).isFalse();
    }
}
