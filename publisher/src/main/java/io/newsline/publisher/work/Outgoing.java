package io.newsline.publisher.work;

import io.newsline.publisher.ArticlePublisher;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One record the worker writes in its transaction: an article, a dead letter, or keyed bytes for one partition of
 * a topic (a URL state, a frontier URL). Built only by its factories, so the crawler never sees a Kafka record.
 */
public final class Outgoing {
    private final ProducerRecord<String, byte[]> record;

    private Outgoing(ProducerRecord<String, byte[]> record) {
        this.record = record;
    }

    /** {@code value} keyed {@code key}, for partition {@code partition} of {@code topic}. */
    public static Outgoing to(String topic, int partition, String key, byte[] value) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        return new Outgoing(new ProducerRecord<>(topic, partition, key, value));
    }

    /**
     * A frontier URL for partition {@code partition} of {@code topic}: the URL as the value (what every worker reads)
     * and, when {@code hint} is not null, what discovery said of it in the header {@link FrontierTopics#HINT_HEADER}
     * (a worker that does not know the header ignores it).
     */
    public static Outgoing frontierUrl(String topic, int partition, String key, String url, byte[] hint) {
        Objects.requireNonNull(url, "url");
        Outgoing out = to(topic, partition, key, url.getBytes(StandardCharsets.UTF_8));
        if (hint != null) {
            out.record.headers().add(FrontierTopics.HINT_HEADER, hint);
        }
        return out;
    }

    /** The article record of {@code r} for {@code topic}, with the Newsline headers. */
    public static Outgoing article(String topic, ArticleRecord r) {
        return new Outgoing(ArticlePublisher.articleRecord(topic, r));
    }

    /** The dead letter {@code d} for {@code topic}. */
    public static Outgoing deadLetter(String topic, DeadLetter d) {
        return new Outgoing(ArticlePublisher.deadLetterRecord(topic, d));
    }

    ProducerRecord<String, byte[]> record() {
        return record;
    }

    @Override
    public String toString() {
        return record.topic() + "-" + record.partition() + " " + record.key();
    }
}
