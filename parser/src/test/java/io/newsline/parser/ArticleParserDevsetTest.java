package io.newsline.parser;

import static io.newsline.parser.Fixtures.page;
import static io.newsline.parser.Fixtures.parsed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.parser.profile.SiteProfile;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real pages from Mozilla Readability's test suite (src/test/resources/devsets, Apache-2.0) through the path a
 * site without a profile takes: page metadata and the generic extractor. Title, date and byline are checked
 * against Readability's expected-metadata.json.
 */
class ArticleParserDevsetTest {
    private final ArticleParser parser = new ArticleParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ars-1, https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/",
        "parsely-metadata, http://fakehost/test/page.html",
        "medium-1, https://medium.com/@pippinlee/the-open-journalism-project-better-student-journalism-fb39f4f701bb",
        "theverge, https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions",
    })
    void readsTitleDateAndBylineAsReadabilityDoes(String name, String url) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Fixtures.bytes("devsets/readability/" + name + "/expected-metadata.json"));
        SiteProfile generic = SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow());

        Article a = parsed(parser.parse(page(url, "devsets/readability/" + name + "/source.html"), generic));

        assertThat(a.title()).isEqualTo(expected.get("title").asText());
        assertThat(a.authors()).extracting(Author::name).containsExactly(expected.get("byline").asText());
        if (!expected.get("publishedTime").isNull()) {
            assertThat(a.publishedAt().toInstant()).isEqualTo(OffsetDateTime.parse(expected.get("publishedTime").asText()).toInstant());
        }
        assertThat(a.paragraphs()).isNotEmpty();
        assertThat(a.extraction().profile()).isNull();
        assertThat(a.extraction().sourceOf("title")).isEqualTo(FieldSource.METADATA);
        assertThat(a.extraction().sourceOf("paragraphs")).isEqualTo(FieldSource.GENERIC);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ars-1, https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/, Ars Technica",
        "theverge, https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions, The Verge",
    })
    void namesTheSiteAndCanonicalUrlFromMetadata(String name, String url, String site) {
        SiteProfile generic = SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow());

        Article a = parsed(parser.parse(page(url, "devsets/readability/" + name + "/source.html"), generic));

        assertThat(a.site()).isEqualTo(site);
        assertThat(a.canonicalUrl()).isEqualTo(url);
        assertThat(a.extraction().sourceOf("canonicalUrl")).isEqualTo(FieldSource.METADATA);
    }

    @org.junit.jupiter.api.Test
    void publishesProseThatNamesNoTitleWithoutOne() {
        String url = "https://notes.example.org/2026/board-meeting";

        Article a = parsed(parser.parse(page(url, "generic/en-untitled-notes.html"), SiteProfile.generic("notes.example.org")));

        assertThat(a.title()).isNull();
        assertThat(a.extraction().warnings()).anySatisfy(w -> assertThat(w).contains("no title found"));
        assertThat(a.paragraphs()).hasSize(4);
        assertThat(a.paragraphs().get(0)).startsWith("The harbour board met on Tuesday evening");
        assertThat(a.text()).doesNotContain("Copyright", "Archive");
    }

    @org.junit.jupiter.api.Test
    void takesTheTitleTagOverAnH1ThatIsALogoOrASection() {
        String url = "https://notes.example.org/2026/ferry";

        Article a = parsed(parser.parse(page(url, "generic/en-logo-h1.html"), SiteProfile.generic("notes.example.org")));

        assertThat(a.title()).isEqualTo("Ferry operator adds a second morning crossing");
    }
}
