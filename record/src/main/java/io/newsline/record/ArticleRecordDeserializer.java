package io.newsline.record;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for the articles topic: UTF-8 JSON bytes to {@link ArticleRecord}, through
 * {@link ArticleRecordCodec}. A null value (a tombstone) reads as null. A value whose {@link NewslineHeaders#SCHEMA}
 * header names another schema version, or that is not a record of this schema, fails with a
 * {@link SerializationException} that says which and quotes the value's start; the consumer sees it as a
 * {@code RecordDeserializationException} naming the partition and offset. Stateless and thread-safe.
 *
 * <pre>{@code
 * props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ArticleRecordDeserializer.class.getName());
 * }</pre>
 */
public final class ArticleRecordDeserializer implements Deserializer<ArticleRecord> {

    @Override
    public ArticleRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return ArticleRecordCodec.decode(data);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ArticleRecord deserialize(String topic, Headers headers, byte[] data) {
        Header schema = headers == null ? null : headers.lastHeader(NewslineHeaders.SCHEMA);
        if (data != null && schema != null
                && NewslineHeaders.intValue(headers, NewslineHeaders.SCHEMA) != ArticleRecord.SCHEMA_VERSION) {
            String said = schema.value() == null ? "null" : new String(schema.value(), StandardCharsets.UTF_8);
            throw new SerializationException("topic " + topic + ": header " + NewslineHeaders.SCHEMA + " is '"
                    + said + "' but this newsline-record reads schema version " + ArticleRecord.SCHEMA_VERSION
                    + "; use the newsline-record release that matches the producer");
        }
        return deserialize(topic, data);
    }
}
