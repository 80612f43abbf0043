package io.newsline.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenF1Test {

    @Test
    void identicalTextsScorePerfectly() {
        assertThat(TokenF1.score("The cat sat.", "the  CAT sat")).isEqualTo(TokenF1.Score.PERFECT);
    }

    @Test
    void bothEmptyScoresOneAndOneEmptyScoresZero() {
        assertThat(TokenF1.score("", " ... ").f1()).isEqualTo(1.0);
        assertThat(TokenF1.score("", "words").f1()).isEqualTo(0.0);
        assertThat(TokenF1.score("words", null).f1()).isEqualTo(0.0);
    }

    @Test
    void precisionAndRecallCountTheBagOfTokens() {
        // predicted: a a b c (4), gold: a b b d (4); common = min(2,1) + min(1,2) = 2
        TokenF1.Score s = TokenF1.score("a a b c", "a b b d");
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isEqualTo(0.5);
    }

    @Test
    void extraChromeLowersPrecisionOnly() {
        TokenF1.Score s = TokenF1.score("one two three four subscribe now", "one two three four");
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void cjkRunsAreCutIntoOverlappingBigrams() {
        assertThat(TokenF1.tokens("뉴스라인 서울")).containsExactly("뉴스", "스라", "라인", "서울");
        assertThat(TokenF1.tokens("新闻。日")).containsExactly("新闻", "日");
        assertThat(TokenF1.tokens("データベース")).containsExactly("デー", "ータ", "タベ", "ベー", "ース");
    }

    @Test
    void scriptChangesSplitTokens() {
        assertThat(TokenF1.tokens("iPhone15를 샀다")).containsExactly("iphone15", "를", "샀다");
    }

    @Test
    void nfkcFoldsFullWidthFormsBeforeComparing() {
        assertThat(TokenF1.tokens("ＡＢＣ１２３")).containsExactly("abc123");
        assertThat(TokenF1.score("ＡＢＣ", "abc").f1()).isEqualTo(1.0);
    }

    @Test
    void koreanWithoutSharedBigramsScoresZero() {
        assertThat(TokenF1.score("가나다", "라마바").f1()).isEqualTo(0.0);
    }
}
