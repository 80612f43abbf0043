package io.newsline.publisher;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumers that read without a consumer group: they assign partitions themselves, commit nothing and so never
 * disturb another reader. They read committed records only.
 */
final class GrouplessConsumer {

    private GrouplessConsumer() {
    }

    static KafkaConsumer<String, byte[]> open(String bootstrap, KafkaClientSettings client, String purpose) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsline-" + purpose + "-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // An offset that retention or compaction already removed means "from the oldest record left", not "the end".
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, ProducerSettings.MAX_REQUEST_SIZE + 1024);
        return new KafkaConsumer<>(client.consumer(p));
    }

    /**
     * All partitions of {@code topic}.
     *
     * @throws IllegalArgumentException when the topic does not exist
     */
    static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String bootstrap, String topic,
                                             Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("topic '" + topic + "' does not exist on Kafka at " + bootstrap
                    + "; check the name (default " + PublisherConfig.DEFAULT_TOPIC + ")");
        }
        return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }
}
