package io.newsline.publisher;

import io.newsline.record.ArticleRecordCodec;
import io.newsline.record.NewslineHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Finds which versions of which articles a topic holds past given offsets. The crawler uses it after a crash: it
 * noted {@link ArticlePublisher#endOffsets()} before publishing, and asks what of its unconfirmed work actually
 * reached Kafka.
 */
public final class TopicScan {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicScan() {
    }

    /**
     * Reads {@code topic} (committed records only, no consumer group) from {@code fromOffsets} to the end it has now,
     * and returns, for each of {@code keys} seen, the article versions found (from the {@value
     * NewslineHeaders#VERSION} header, else from the decoded value). Keys not seen are absent from the result.
     *
     * @param fromOffsets where to start in each partition; partitions missing here are read from their beginning
     * @throws IllegalStateException when the end is not reached within {@code timeout}
     * @throws IllegalArgumentException when the topic does not exist
     */
    public static Map<String, Set<Integer>> findVersions(String bootstrap, String topic,
                                                          Map<Integer, Long> fromOffsets, Set<String> keys,
                                                          Duration timeout) {
        return findVersions(bootstrap, KafkaClientSettings.none(), topic, fromOffsets, keys, timeout);
    }

    /** As {@link #findVersions(String, String, Map, Set, Duration)}, with the operator's client properties. */
    public static Map<String, Set<Integer>> findVersions(String bootstrap, KafkaClientSettings client, String topic,
                                                          Map<Integer, Long> fromOffsets, Set<String> keys,
                                                          Duration timeout) {
        Objects.requireNonNull(fromOffsets, "fromOffsets");
        Objects.requireNonNull(keys, "keys");
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Set<Integer>> found = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = GrouplessConsumer.open(bootstrap, client, "scan")) {
            List<TopicPartition> partitions = GrouplessConsumer.partitionsOf(consumer, bootstrap, topic, timeout);
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> remaining = new HashMap<>();
            for (TopicPartition tp : partitions) {
                Long from = fromOffsets.get(tp.partition());
                if (from == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, from);
                }
                if (end.get(tp) > (from == null ? 0 : from)) {
                    remaining.put(tp, end.get(tp));
                }
            }
            consumer.pause(partitions.stream().filter(tp -> !remaining.containsKey(tp)).toList());
            while (!remaining.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("scanning " + topic + " on Kafka at " + bootstrap
                            + " did not reach the end within " + timeout.toSeconds() + " s; still to read: "
                            + remaining);
                }
                for (ConsumerRecord<String, byte[]> rec : consumer.poll(POLL)) {
                    if (rec.key() != null && keys.contains(rec.key())) {
                        found.computeIfAbsent(rec.key(), k -> new TreeSet<>()).add(versionOf(rec));
                    }
                }
                for (TopicPartition tp : List.copyOf(remaining.keySet())) {
                    // position() may skip past the end on a transaction marker; compare with >=
                    if (consumer.position(tp) >= remaining.get(tp)) {
                        remaining.remove(tp);
                        consumer.pause(List.of(tp));
                    }
                }
            }
        }
        return found;
    }

    private static int versionOf(ConsumerRecord<String, byte[]> rec) {
        int version = NewslineHeaders.intValue(rec.headers(), NewslineHeaders.VERSION);
        return version > 0 ? version : ArticleRecordCodec.decode(rec.value()).version();
    }
}
