package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page that says its content is not free is flagged {@code paywalled}; its visible text is still extracted. */
class PaywallMarkersTest {
    private final ArticleParser parser = new ArticleParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "meta/paywall-content-tier.html, true",
        "meta/paywall-microdata.html, true",
        "meta/free-article.html, false",
    })
    void flagsPagesThatDeclareTheirContentNotFree(String fixture, boolean paywalled) {
        Article a = parsed(parser.parse(page("https://www.harbourtimes.example/2026/03/story.html", fixture),
                SiteProfile.generic("www.harbourtimes.example")));

        assertThat(a.paywalled()).isEqualTo(paywalled);
        assertThat(a.paragraphs()).hasSize(2);
    }
}
