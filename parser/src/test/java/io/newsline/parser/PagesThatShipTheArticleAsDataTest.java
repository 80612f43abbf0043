package io.newsline.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.SiteProfile;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Pages whose HTML holds the headline but no body, and whose scripts carry the article as data: one constructed
 * page per payload format under {@code payload/}, read without a site file.
 */
class PagesThatShipTheArticleAsDataTest {
    private final ArticleParser parser = new ArticleParser();

    private ParseResult parse(String url, String resource) {
        return parser.parse(Fixtures.page(url, resource), SiteProfile.generic(SiteProfile.hostOf(url).orElseThrow()));
    }

    private Article article(String url, String resource) {
        return Fixtures.parsed(parse(url, resource));
    }

    @Test
    void nextDataGivesTheBodyWithItsPhotoCaptionAndTheFieldsTheMetadataLacks() {
        Article a = article("https://ledger.example/news/riverton-park", "payload/next-data.html");

        assertThat(a.title()).isEqualTo("Riverton turns its old freight yard into a park");
        assertThat(a.paragraphs()).containsExactly(
                "The city council of Riverton voted on Tuesday to turn the old freight yard into a public park, ending a dispute that had run for almost a decade.",
                "The plan keeps two of the brick sheds as a market hall and opens the river bank to walkers for the first time since the yard closed.",
                "What happens next",
                "Work on the first section is to begin in the spring, the council said, once the soil has been tested.");
        assertThat(a.images()).extracting(Image::url, Image::caption)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://ledger.example/images/yard.jpg", "The freight yard in March. (Photo: Ana Ruiz)"));
        assertThat(a.subtitle()).isEqualTo("A decade-long dispute ends with a unanimous vote");
        assertThat(a.authors()).containsExactly(new Author("Maya Collins", "maya.collins@ledger.example"));
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-03-11T18:20:00-05:00"));
        assertThat(a.extraction().fields())
                .containsEntry("paragraphs", FieldSource.PAYLOAD)
                .containsEntry("publishedAt", FieldSource.PAYLOAD)
                .containsEntry("title", FieldSource.METADATA);
    }

    @Test
    void flightChunksJoinedAcrossPushCallsGiveTheArticleHtmlAndTheBylineLeavesTheBody() {
        Article a = article("https://news.hanbit.example/article/2025012401", "payload/next-flight.html");

        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(1)).isEqualTo("시는 노선 확대에 필요한 예산 48억원을 내년 예산안에 반영했으며, 운행 시간은 밤 11시 30분부터 새벽 4시까지다.");
        assertThat(a.text()).doesNotContain("minsu@hanbit.example");
        assertThat(a.authors()).extracting(Author::name).containsExactly("김민수");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-01-24T09:31:00+09:00"));
        assertThat(a.extraction().fields()).containsEntry("paragraphs", FieldSource.PAYLOAD);
    }

    @Test
    void nuxtDataDevalueArrayGivesTheArticle() {
        Article a = article("https://journal.example.fr/culture/valmont", "payload/nuxt-data.html");

        assertThat(a.paragraphs()).hasSize(2).first().asString().startsWith("Le musée de Valmont rouvre ses portes samedi");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Claire Dumas");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-04-05T07:00:00Z"));
    }

    @Test
    void aNuxtStateWrittenAsAnObjectLiteralGivesItsPlainTextAsParagraphs() {
        Article a = article("https://eastport.example/news/ferry", "payload/nuxt-window.html");

        assertThat(a.paragraphs()).containsExactly(
                "The harbour ferry between Eastport and the islands runs again from Monday, three weeks earlier than last year.",
                "The operator said a milder winter let it finish repairs on the landing stage sooner than planned.",
                "Tickets bought for the old timetable remain valid.");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Tom Hale");
        assertThat(a.publishedAt().toInstant()).isEqualTo(java.time.Instant.ofEpochSecond(1741600800));
    }

    @Test
    void aNuxtStateBuiltByAFunctionIsLeftAloneAsItNeedsAJavaScriptEngine() {
        ParseResult r = parse("https://eastport.example/news/ferry", "payload/nuxt-function.html");

        assertThat(r).isInstanceOf(ParseResult.NotArticle.class);
    }

    @Test
    void apolloStateFollowsReferencesToTheAuthor() {
        Article a = article("https://valley.example/story/mill", "payload/apollo-state.html");

        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.subtitle()).isEqualTo("Volunteers raised the money in six months");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Rosa Lindqvist");
        assertThat(a.extraction().fields()).containsEntry("authors", FieldSource.PAYLOAD);
    }

    @Test
    void reduxStateInJsonParseGivesParagraphBlocksAndPhotoBlocks() {
        Article a = article("https://rail.example/a/5521", "payload/preloaded-state.html");

        assertThat(a.paragraphs()).containsExactly(
                "All seats on the new night train to the coast for June were sold within a day of going on sale, the rail company said.",
                "It will add a second train on Fridays from July and open sales for it next week.");
        assertThat(a.images()).extracting(Image::caption).containsExactly("The first night train at the central station.");
        assertThat(a.authors()).extracting(Author::name).containsExactly("Jonas Berg");
        assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-05-20T06:30:00+02:00"));
    }

    @Test
    void aSectionFrontWhosePayloadHoldsATopStoryUnderAnotherHeadlineIsNoArticle() {
        ParseResult r = parse("https://ledger.example/local", "payload/next-data-section-front.html");

        assertThat(r).isInstanceOf(ParseResult.NotArticle.class);
    }
}
