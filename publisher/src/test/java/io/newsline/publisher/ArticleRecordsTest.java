package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.parser.Article;
import io.newsline.parser.Author;
import io.newsline.parser.Image;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRecordsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void idIsTheProfileAndTheSitesOwnArticleId() {
        assertThat(ArticleRecords.idOf(SampleArticles.full())).isEqualTo("newdaily:2025012400123");
    }

    @Test
    void idWithoutASiteArticleIdIsAHashOfTheCanonicalUrl() {
        Article a = SampleArticles.minimal();
        Article sameCanonical = new Article("https://example.kr/news/1?from=rss", "https://example.kr/news/1", null,
                null, null, null, "제목", null, null, null, null, List.of("본문."), null, null, false, a.extraction());
        Article other = new Article("https://example.kr/news/2", null, null, null, null, null, "제목", null, null,
                null, null, List.of("본문."), null, null, false, a.extraction());

        assertThat(ArticleRecords.idOf(a)).matches("url:[0-9a-f]{32}")
                .isEqualTo(ArticleRecords.idOf(sameCanonical))
                .isNotEqualTo(ArticleRecords.idOf(other));
    }

    @Test
    void contentHashIgnoresABareModifiedAtBump() {
        Article a = SampleArticles.full();
        Article bumped = new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), a.section(),
                a.language(), a.title(), a.subtitle(), a.authors(), a.publishedAt(),
                a.modifiedAt().plusHours(3), a.paragraphs(), a.images(), a.tags(), a.paywalled(), a.extraction());

        assertThat(ArticleRecords.contentHashOf(bumped)).isEqualTo(ArticleRecords.contentHashOf(a));
    }

    @Test
    void contentHashIgnoresHowTheSameInstantIsWritten() {
        Article a = SampleArticles.full();
        Article utc = new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), a.section(),
                a.language(), a.title(), a.subtitle(), a.authors(),
                OffsetDateTime.parse("2025-01-24T05:55:00Z"), a.modifiedAt(), a.paragraphs(), a.images(), a.tags(),
                a.paywalled(), a.extraction());

        assertThat(ArticleRecords.contentHashOf(utc)).isEqualTo(ArticleRecords.contentHashOf(a));
    }

    @Test
    void contentHashChangesWhenAReaderWouldSeeADifference() {
        Article a = SampleArticles.full();
        String hash = ArticleRecords.contentHashOf(a);
        List<Article> edits = List.of(
                SampleArticles.withParagraphs(a, List.of("여야는 25일 국회에서 예산안 처리에 합의했다.",
                        a.paragraphs().get(1))),
                SampleArticles.withParagraphs(a, List.of(String.join("", a.paragraphs()))),
                new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), a.section(), a.language(),
                        a.title() + "(종합)", a.subtitle(), a.authors(), a.publishedAt(), a.modifiedAt(),
                        a.paragraphs(), a.images(), a.tags(), a.paywalled(), a.extraction()),
                new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), a.section(), a.language(),
                        a.title(), a.subtitle(), List.of(new Author("김기자", null)), a.publishedAt(),
                        a.modifiedAt(), a.paragraphs(), a.images(), a.tags(), a.paywalled(), a.extraction()),
                new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), a.section(), a.language(),
                        a.title(), a.subtitle(), a.authors(), a.publishedAt(), a.modifiedAt(), a.paragraphs(),
                        List.of(new Image("https://img.newdaily.co.kr/a.jpg", "다른 설명", "뉴데일리 DB")),
                        a.tags(), a.paywalled(), a.extraction()),
                new Article(a.url(), a.canonicalUrl(), a.site(), a.siteArticleId(), "경제", a.language(),
                        a.title(), a.subtitle(), a.authors(), a.publishedAt(), a.modifiedAt(), a.paragraphs(),
                        a.images(), List.of("국회"), a.paywalled(), a.extraction()));

        assertThat(edits).allSatisfy(edit -> assertThat(ArticleRecords.contentHashOf(edit)).isNotEqualTo(hash));
        assertThat(hash).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void ofCarriesTheArticleAndJoinsParagraphsWithABlankLine() {
        Article a = SampleArticles.full();

        ArticleRecord r = ArticleRecords.of(a, 1, null, SampleArticles.FETCHED_AT);

        assertThat(r.schemaVersion()).isEqualTo(1);
        assertThat(r.id()).isEqualTo("newdaily:2025012400123");
        assertThat(r.profile()).isEqualTo("newdaily");
        assertThat(r.text()).isEqualTo(a.paragraphs().get(0) + "\n\n" + a.paragraphs().get(1));
        assertThat(r.authors()).containsExactly(new ArticleRecord.Author("김기자", "kim@newdaily.co.kr"),
                new ArticleRecord.Author("이기자", null));
        assertThat(r.extraction().profileVersion()).isEqualTo("3");
        assertThat(r.extraction().fields()).containsKeys("title", "paragraphs");
        assertThat(r.contentHash()).isEqualTo(ArticleRecords.contentHashOf(a));
    }

    @Test
    void mapsTheFullSampleArticleToExactlyTheGoldenRecord() throws IOException {
        ArticleRecord r = ArticleRecords.of(SampleArticles.full(), 2, "sha256:" + "ab".repeat(32),
                SampleArticles.FETCHED_AT);

        // The golden file lives with the codec in newsline-record (its test jar); indented there, minified on the wire.
        assertThat(ArticleRecordCodec.toJson(r)).isEqualTo(PLAIN.writeValueAsString(PLAIN.readTree(golden())));
    }

    @Test
    void everyParserFieldSourceHasARecordCounterpartOfTheSameName() {
        for (io.newsline.parser.FieldSource source : io.newsline.parser.FieldSource.values()) {
            assertThat(ArticleRecords.fieldSource(source).name()).isEqualTo(source.name());
        }
        assertThat(io.newsline.record.FieldSource.values()).hasSameSizeAs(io.newsline.parser.FieldSource.values());
    }

    private static String golden() throws IOException {
        try (InputStream in = ArticleRecordsTest.class.getResourceAsStream("/records/article-v1-full.json")) {
            assertThat(in).as("records/article-v1-full.json from the newsline-record test jar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theIdsPublishedHaveTheFormsOfTheSchemasPatternAndExamples() throws Exception {
        com.fasterxml.jackson.databind.JsonNode id = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ArticleRecordsTest.class.getResourceAsStream("/schema/article-v1.schema.json"))
                .get("properties").get("id");
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(id.get("pattern").asText());
        String byProfile = ArticleRecords.of(SampleArticles.full(), 1, null, SampleArticles.FETCHED_AT).id();
        String byUrl = ArticleRecords.of(SampleArticles.minimal(), 1, null, SampleArticles.FETCHED_AT).id();
        List<String> examples = new java.util.ArrayList<>();
        id.get("examples").forEach(e -> examples.add(e.asText()));

        assertThat(List.of(byProfile, byUrl)).allMatch(i -> pattern.matcher(i).matches());
        assertThat(examples).allMatch(e -> pattern.matcher(e).matches());
        // same shape: the newdaily example is an id the newdaily site file produces, the url: one a generic page's
        assertThat(examples.stream().map(e -> e.replaceAll("[0-9a-f]", "0")))
                .contains(byProfile.replaceAll("[0-9a-f]", "0"), byUrl.replaceAll("[0-9a-f]", "0"));
    }
}
