package io.newsline.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRecordCodecTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final ArticleRecord full = SampleRecords.full();
    private final ArticleRecord minimal = SampleRecords.minimal();

    @Test
    void encodesAFullRecordExactlyAsTheGoldenFile() throws IOException {
        String golden = resource("/records/article-v1-full.json");

        // The golden file is indented for review; the wire form is the same JSON, fields in the same order, minified.
        assertThat(ArticleRecordCodec.toJson(full)).isEqualTo(PLAIN.writeValueAsString(PLAIN.readTree(golden)));
    }

    @Test
    void decodesWhatItEncodes() {
        assertThat(ArticleRecordCodec.decode(ArticleRecordCodec.encode(full))).isEqualTo(full);
        assertThat(ArticleRecordCodec.decode(ArticleRecordCodec.encode(minimal))).isEqualTo(minimal);
        assertThat(ArticleRecordCodec.decode(ArticleRecordCodec.toPrettyJson(full)
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(full);
    }

    @Test
    void keepsTheOffsetOfDatesThroughARoundTrip() {
        ArticleRecord back = ArticleRecordCodec.decode(ArticleRecordCodec.encode(full));

        assertThat(back.publishedAt().toString()).isEqualTo("2025-01-24T14:55+09:00");
        assertThat(ArticleRecordCodec.toJson(full)).contains("\"publishedAt\":\"2025-01-24T14:55:00+09:00\"")
                .contains("\"fetchedAt\":\"2025-01-24T06:01:02.345Z\"");
    }

    @Test
    void leavesOutUnknownScalarsButAlwaysWritesLists() throws IOException {
        JsonNode json = PLAIN.readTree(ArticleRecordCodec.encode(minimal));

        assertThat(json.has("subtitle")).isFalse();
        assertThat(json.has("publishedAt")).isFalse();
        assertThat(json.has("previousContentHash")).isFalse();
        assertThat(json.has("profile")).isFalse();
        assertThat(json.get("authors").isArray()).isTrue();
        assertThat(json.get("authors")).isEmpty();
        assertThat(json.get("images")).isEmpty();
        assertThat(json.get("tags")).isEmpty();
        assertThat(json.get("extraction").get("warnings")).isEmpty();
    }

    @Test
    void writesOneLineAndAPrettyFormForPeople() {
        assertThat(ArticleRecordCodec.toJson(full)).doesNotContain("\n");
        assertThat(ArticleRecordCodec.toPrettyJson(full).lines().count()).isGreaterThan(20);
    }

    @Test
    void fullAndMinimalRecordsValidateAgainstTheSchema() {
        assertThat(SchemaFiles.errors(SchemaFiles.ARTICLE, ArticleRecordCodec.toJson(full))).isEmpty();
        assertThat(SchemaFiles.errors(SchemaFiles.ARTICLE, ArticleRecordCodec.toJson(minimal))).isEmpty();
    }

    @Test
    void aRecordWithFieldsAddedInALaterReleaseStillValidates() {
        String json = ArticleRecordCodec.toJson(full)
                .replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"wordCount\":420,")
                .replace("\"warnings\":[", "\"durationMs\":12,\"warnings\":[");
        assertThat(json).contains("wordCount", "durationMs");

        assertThat(SchemaFiles.errors(SchemaFiles.ARTICLE, json)).isEmpty();
    }

    @Test
    void theSchemaSaysAdditionsAreCompatibleAndReadersIgnoreUnknownFields() {
        String description = SchemaFiles.tree(SchemaFiles.ARTICLE).get("description").asText();

        assertThat(description).contains("fields may be added", "readers must ignore fields they do not know",
                "schemaVersion 2");
    }

    @Test
    void theSchemaRejectsARecordWithAMissingOrMistypedField() {
        String json = ArticleRecordCodec.toJson(full);

        assertThat(SchemaFiles.errors(SchemaFiles.ARTICLE, json.replace("\"version\":2,", "")))
                .anyMatch(e -> e.contains("version"));
        assertThat(SchemaFiles.errors(SchemaFiles.ARTICLE, json.replace("\"paywalled\":false", "\"paywalled\":0")))
                .anyMatch(e -> e.contains("paywalled"));
        assertThat(SchemaFiles.errors(SchemaFiles.ARTICLE,
                json.replace("2025-01-24T14:55:00+09:00", "2025-01-24 14:55"))).anyMatch(e -> e.contains("publishedAt"));
    }

    @Test
    void theSchemaDocumentsExactlyTheFieldsTheCodecWritesInTheirOrder() throws IOException {
        JsonNode schema = SchemaFiles.tree(SchemaFiles.ARTICLE);
        JsonNode written = PLAIN.readTree(ArticleRecordCodec.encode(full));

        assertThat(names(schema.get("properties"))).containsExactlyElementsOf(names(written));
        assertThat(names(schema.get("properties").get("extraction").get("properties")))
                .containsExactlyElementsOf(names(written.get("extraction")));
        assertThat(names(schema.get("properties").get("authors").get("items").get("properties")))
                .containsExactlyElementsOf(names(written.get("authors").get(0)));
        assertThat(names(schema.get("properties").get("images").get("items").get("properties")))
                .containsExactlyElementsOf(names(written.get("images").get(0)));
        List<String> components = Arrays.stream(ArticleRecord.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(components).containsExactlyElementsOf(names(written));
        schema.get("properties").forEach(p -> assertThat(p.hasNonNull("description")).isTrue());
    }

    @Test
    void refusesARecordOfAnotherSchemaVersionSayingWhich() {
        byte[] v2 = ArticleRecordCodec.toJson(full).replace("\"schemaVersion\":1", "\"schemaVersion\":2")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ArticleRecordCodec.decode(v2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schemaVersion 2 is not supported");
    }

    @Test
    void refusesBytesThatAreNotJsonQuotingTheirStart() {
        assertThatThrownBy(() -> ArticleRecordCodec.decode("<html>oops".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Newsline article record")
                .hasMessageContaining("<html>oops");
    }

    @Test
    void ignoresFieldsAddedByANewerWriter() {
        byte[] extended = ArticleRecordCodec.toJson(full).replace("\"paywalled\":false",
                "\"paywalled\":false,\"readingMinutes\":3").getBytes(StandardCharsets.UTF_8);

        assertThat(ArticleRecordCodec.decode(extended)).isEqualTo(full);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ArticleRecordCodecTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
