package io.newsline.parser.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.eval.TokenF1;
import io.newsline.parser.eval.VisibleText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic extractor on real pages from Readability's test suite (copies under
 * src/test/resources/devsets/readability): token F1 against Readability's output stays above a floor a little
 * under what we measured, and a piece of the page's chrome (a related headline, a footer link) stays out.
 */
class GenericExtractorDevsetTest {

    private final GenericExtractor extractor = new GenericExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ars-1          | 0.97 | Privacy Policy and Cookie Statement
            heise          | 0.95 | Forum zum Thema: Software für Mac OS X
            la-nacion      | 0.95 | Submarino ARA San Juan
            lemonde-1      | 0.95 | Taubira, une ministre dans la tempête
            tmz-1          | 0.95 | Kourtney Kardashian Shares Post-Baby Weight
            wapo-1         | 0.92 | Submissions and Discussion Policy
            telegraph      | 0.97 | Family of woolly mammoth skeletons fail to sell at auction
            salon-1        | 0.96 | The quest to save vanishing New York
            bbc-1          | 0.94 | Read about our approach to external linking.
            qq             | 0.92 | 暴风魔镜在“激进”的路上摔了一跤
            nytimes-1      | 0.93 | Obama Surprises Joe Biden With Presidential Medal of Freedom
            folha          | 0.97 | Confira em tempo real a posição de seu clube no Brasileiro
            citylab-1      | 0.94 | Subscribe to our other newsletters here.
            links-in-tables| 0.98 | Five steps to achieve sustainable growth and boost
            """)
    void extractsTheArticleOfARealPage(String name, double minF1, String chrome) {
        String dir = "/devsets/readability/" + name;
        MainContent content = extractor.extract(Fixtures.html(dir + "/source.html"));
        String gold = VisibleText.of(Jsoup.parse(Fixtures.text(dir + "/expected.html")));
        String predicted = Fixtures.joined(content);

        assertThat(TokenF1.score(predicted, gold).f1()).as("token F1 of %s", name).isGreaterThanOrEqualTo(minF1);
        assertThat(predicted).as("chrome of %s", name).doesNotContain(chrome);
    }

    @Test
    void keepsTheCellsOfADataTableEvenWhenTheyAreLinks() {
        MainContent content = extractor.extract(Fixtures.html("/devsets/readability/links-in-tables/source.html"));

        assertThat(content.blocks()).extracting(MainContent.Block::text)
                .contains("Application", "Farm Heroes Super Saga", "71.1 MB", "8.0 MB (-89%)");
    }
}
