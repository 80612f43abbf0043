package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.ExtractionInterrupted;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfileLoader;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** A page whose site file holds a catastrophic regular expression stops when its thread is interrupted. */
class ArticleParserInterruptTest {
    private final ArticleParser parser = new ArticleParser();
    private final SiteProfile backtracking = new SiteProfileLoader().load("seeds/backtracking.yaml",
            new ByteArrayInputStream(Fixtures.bytes("seeds/backtracking.yaml")));

    @Test
    void stopsInsideTheDropTextExpressionAndNamesItsFileLineAndField() {
        InterruptInsideRegex.Ending ending = InterruptInsideRegex.run(() -> parser.parse(
                Fixtures.page("https://www.backtracking.example/news/1", "backtracking/article.html"), backtracking),
                "io.newsline.parser.clean.TextCleaner");

        assertThat(ending.thrown()).isInstanceOf(ExtractionInterrupted.class);
        assertThat(((ExtractionInterrupted) ending.thrown()).culprit())
                .contains("'^(.*a){20}$' (seeds/backtracking.yaml:13, field extract.dropText[1])", "backtrack catastrophically");
    }

    @Test
    void anInterruptedThreadStopsBeforeTheNextStageEvenWithoutARegularExpression() {
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parse(
                            Fixtures.page("https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html",
                                    "newdaily/article-2025012400313.html"), Fixtures.newdaily()))
                    .isInstanceOf(ExtractionInterrupted.class)
                    .hasMessageStartingWith("interrupted before ");
        } finally {
            Thread.interrupted(); // this test's own interrupt: the next test runs on this thread
        }
    }
}
