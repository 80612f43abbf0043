package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Restores the crawl state of newly owned partitions: reads those partitions of the state topic from the beginning
 * to their last stable offset (read_committed: an aborted or still open transaction of a dead worker is not read).
 */
final class StateRestorer {
    private final String bootstrap;
    private final String stateTopic;

    StateRestorer(String bootstrap, String stateTopic) {
        this.bootstrap = bootstrap;
        this.stateTopic = stateTopic;
    }

    Map<Integer, OwnedPartition> restore(Collection<Integer> partitions, Duration timeout) {
        Map<Integer, OwnedPartition> owned = new HashMap<>();
        partitions.forEach(p -> owned.put(p, new OwnedPartition(p)));
        if (partitions.isEmpty()) {
            return owned;
        }
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
            List<TopicPartition> tps = new ArrayList<>();
            partitions.forEach(p -> tps.add(new TopicPartition(stateTopic, p)));
            consumer.assign(tps);
            consumer.seekToBeginning(tps);
            Map<TopicPartition, Long> end = consumer.endOffsets(tps, timeout); // the LSO under read_committed
            while (tps.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + stateTopic + " partitions " + partitions
                            + " to their end within " + timeout.toSeconds() + " s from Kafka at " + bootstrap);
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        owned.get(r.partition()).apply(r.key(), r.value());
                    }
                }
            }
        }
        return owned;
    }
}
