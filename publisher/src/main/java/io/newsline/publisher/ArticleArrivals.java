package io.newsline.publisher;

import io.newsline.record.NewslineHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;

/**
 * The article records of a topic as a downstream reader sees them arrive (committed records only, from the
 * beginning, without a consumer group): their id, version and fetch time, without decoding the whole record. For
 * measuring what a crawl published (the bench), not for consuming articles. Used by one thread.
 */
public final class ArticleArrivals implements AutoCloseable {
    private static final Pattern FETCHED_AT = Pattern.compile("\"fetchedAt\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * One record read: the article id (the key), its version header ({@code "?"} when missing) and its
     * {@code fetchedAt}, if the value has one.
     */
    public record Arrival(String id, String version, Optional<Instant> fetchedAt) {
    }

    private final KafkaConsumer<String, byte[]> consumer;

    private ArticleArrivals(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
    }

    /**
     * Creates {@code config}'s article topic (and its dead-letter topic) where missing.
     *
     * @throws BrokerUnavailableException when the broker does not answer within {@code timeout}
     */
    public static void createTopics(PublisherConfig config, Duration timeout) {
        try (Admin admin = ArticlePublisher.createAdmin(config.bootstrapServers(), config.client(), "newsline-arrivals", timeout)) {
            Topics.ensure(admin, config, timeout);
        }
    }

    /**
     * Starts reading every partition of {@code topic} from its beginning.
     *
     * @throws IllegalArgumentException when the topic does not exist
     */
    public static ArticleArrivals fromBeginning(String bootstrap, KafkaClientSettings client, String topic, Duration timeout) {
        KafkaConsumer<String, byte[]> consumer = GrouplessConsumer.open(bootstrap, client, "arrivals");
        try {
            var tps = GrouplessConsumer.partitionsOf(consumer, bootstrap, topic, timeout);
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            return new ArticleArrivals(consumer);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** The records that arrived, waiting up to {@code timeout} for some. */
    public List<Arrival> poll(Duration timeout) {
        List<Arrival> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : consumer.poll(timeout)) {
            Header v = r.headers().lastHeader(NewslineHeaders.VERSION);
            out.add(new Arrival(r.key(), v == null ? "?" : new String(v.value(), StandardCharsets.UTF_8), fetchedAt(r.value())));
        }
        return out;
    }

    private static Optional<Instant> fetchedAt(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FETCHED_AT.matcher(new String(value, StandardCharsets.UTF_8));
        return m.find() ? Optional.of(Instant.parse(m.group(1))) : Optional.empty();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
