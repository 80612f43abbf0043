package io.newsline.record;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for the articles topic: {@link ArticleRecord} to the UTF-8 JSON bytes of
 * {@link ArticleRecordCodec}, the same bytes the crawler publishes. With headers, it also sets the
 * {@link NewslineHeaders#SCHEMA} and {@link NewslineHeaders#VERSION} headers the crawler writes. A null record
 * (a tombstone) writes null. Stateless and thread-safe; for tests and tools that write the topic themselves.
 */
public final class ArticleRecordSerializer implements Serializer<ArticleRecord> {

    @Override
    public byte[] serialize(String topic, ArticleRecord record) {
        return record == null ? null : ArticleRecordCodec.encode(record);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, ArticleRecord record) {
        if (record != null && headers != null) {
            headers.remove(NewslineHeaders.SCHEMA).add(NewslineHeaders.SCHEMA,
                    NewslineHeaders.value(record.schemaVersion()));
            headers.remove(NewslineHeaders.VERSION).add(NewslineHeaders.VERSION,
                    NewslineHeaders.value(record.version()));
        }
        return serialize(topic, record);
    }
}
