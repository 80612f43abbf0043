package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON-LD headline comes first, unless it holds no more than half the words of the headline the page shows in
 * both its {@code <title>} and its {@code <h1>}: then it describes the page instead of naming it.
 */
class JsonLdHeadlineTest {
    private final ArticleParser parser = new ArticleParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "meta/jsonld-description-headline.html | Harbour Bridge",
        "meta/jsonld-seo-headline.html          | Harbour ferry timetable changes from March: what riders need to know",
    })
    void theJsonLdHeadlineWinsWhenItNamesWhatThePageShows(String fixture, String title) {
        Article a = parsed(parser.parse(page("https://www.harbourtimes.example/2024/03/story.html", fixture),
                SiteProfile.generic("www.harbourtimes.example")));

        assertThat(a.title()).isEqualTo(title);
    }
}
