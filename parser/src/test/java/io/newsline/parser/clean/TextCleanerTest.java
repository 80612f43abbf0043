package io.newsline.parser.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.TextPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void dropsCopyrightLinesInTheirCommonForms() {
        List<String> blocks = List.of("본문 문장입니다.", "ⓒ 뉴데일리 무단전재 및 재배포 금지", "Copyright © Example Corp. All rights reserved.",
                "<저작권자 © 뉴스 무단전재-재배포, AI 학습 및 활용 금지>", "무단전재 및 재배포 금지");

        assertThat(cleaner.clean(blocks, List.of())).containsExactly("본문 문장입니다.");
    }

    @Test
    void stripsACopyrightTailGluedToTheLastParagraph() {
        assertThat(cleaner.clean(List.of("마지막 문장이다. ⓒ 뉴데일리 무단전재 및 재배포 금지"), List.of())).containsExactly("마지막 문장이다.");
    }

    @Test
    void dropsBlocksMatchingTheProfileDropText() {
        List<String> blocks = List.of("keep me", "[광고] 오늘의 특가", "keep me too");

        assertThat(cleaner.clean(blocks, List.of(TextPattern.of("^\\[광고\\]")))).containsExactly("keep me", "keep me too");
    }

    @Test
    void dropsInterfaceLinesOfLoginAndCommentWidgets() {
        List<String> blocks = List.of("회원가입", "로그인", "아이디", "비밀번호", "ID/PW 찾기", "댓글 0", "댓글 쓰기", "권한이 없습니다.", "본문.");

        assertThat(cleaner.clean(blocks, List.of())).containsExactly("본문.");
    }

    @Test
    void keepsALongParagraphThatMentionsRights() {
        String paragraph = "법원은 이날 판결에서 저작권자의 동의 없는 무단전재 행위가 재산권 침해에 해당한다고 밝혔다. ".repeat(3).strip();

        assertThat(cleaner.clean(List.of(paragraph), List.of())).containsExactly(paragraph);
    }

    @Test
    void normalizesNoBreakAndZeroWidthSpaces() {
        assertThat(cleaner.clean(List.of("  a\u00A0\u00A0b\u200B c\u3000 "), List.of())).containsExactly("a b c");
    }
}
