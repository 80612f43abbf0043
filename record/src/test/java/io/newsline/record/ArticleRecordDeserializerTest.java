package io.newsline.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class ArticleRecordDeserializerTest {

    private final ArticleRecordDeserializer deserializer = new ArticleRecordDeserializer();
    private final ArticleRecordSerializer serializer = new ArticleRecordSerializer();

    @Test
    void readsTheGoldenRecordFromItsBytes() throws Exception {
        byte[] golden = ArticleRecordCodecTest.resource("/records/article-v1-full.json")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(deserializer.deserialize("news.articles", golden)).isEqualTo(SampleRecords.full());
    }

    @Test
    void readsATombstoneAsNull() {
        assertThat(deserializer.deserialize("news.articles", new RecordHeaders(), (byte[]) null)).isNull();
    }

    @Test
    void readsWhatTheSerializerWroteWithTheHeadersItSet() {
        Headers headers = new RecordHeaders();
        byte[] bytes = serializer.serialize("news.articles", headers, SampleRecords.full());

        assertThat(bytes).isEqualTo(ArticleRecordCodec.encode(SampleRecords.full()));
        assertThat(NewslineHeaders.intValue(headers, NewslineHeaders.SCHEMA)).isEqualTo(1);
        assertThat(NewslineHeaders.intValue(headers, NewslineHeaders.VERSION)).isEqualTo(2);
        assertThat(deserializer.deserialize("news.articles", headers, bytes)).isEqualTo(SampleRecords.full());
    }

    @Test
    void refusesAValueWhoseSchemaHeaderNamesAnotherVersionSayingWhich() {
        Headers headers = new RecordHeaders().add(NewslineHeaders.SCHEMA, NewslineHeaders.value(2));
        byte[] bytes = ArticleRecordCodec.encode(SampleRecords.full());

        assertThatThrownBy(() -> deserializer.deserialize("news.articles", headers, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles")
                .hasMessageContaining("newsline-schema is '2'")
                .hasMessageContaining("reads schema version 1");
    }

    @Test
    void refusesBytesThatAreNotARecordNamingTheTopicAndQuotingTheValue() {
        byte[] html = "<html>oops".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize("news.articles", new RecordHeaders(), html))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic news.articles: not a Newsline article record")
                .hasMessageContaining("<html>oops");
    }
}
