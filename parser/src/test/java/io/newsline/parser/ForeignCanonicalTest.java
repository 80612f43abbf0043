package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import org.junit.jupiter.api.Test;

/**
 * A page cannot make itself another site's article: a canonical URL on a host outside the page's profile is set
 * aside (with a warning for the profile's author) and the article keeps the URL it was fetched from.
 */
class ForeignCanonicalTest {
    private static final String URL = "https://www.harbourtimes.example/2026/03/ferry.html";
    private final ArticleParser parser = new ArticleParser();

    @Test
    void anArticleWhoseCanonicalUrlIsOnAnotherSiteKeepsItsOwnUrl() {
        Article a = parsed(parser.parse(page(URL, "meta/canonical-on-another-site.html"),
                SiteProfile.generic("www.harbourtimes.example")));

        assertThat(a.canonicalUrl()).isEqualTo(URL);
        assertThat(a.extraction().sourceOf("canonicalUrl")).isEqualTo(FieldSource.URL);
    }

    @Test
    void aCanonicalUrlSetAsideIsNamedInTheWarnings() {
        Article a = parsed(parser.parse(page(URL, "meta/canonical-on-another-site.html"),
                SiteProfile.generic("www.harbourtimes.example")));

        assertThat(a.extraction().warnings()).anySatisfy(w -> assertThat(w)
                .contains("https://wire.example/stories/ferry-timetable").contains("outside profile 'generic'"));
    }
}
