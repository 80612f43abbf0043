package io.newsline.crawler.archprobe;

import org.apache.kafka.common.TopicPartition;

/** A crawler class that imports Kafka directly: what {@code ArchitectureTest} must reject. Never used. */
public final class KafkaImportingProbe {
    private KafkaImportingProbe() {
    }

    /** The frontier partition of a URL, the wrong way: through a Kafka type. */
    public static TopicPartition partitionOf(String topic, int partition) {
        return new TopicPartition(topic, partition);
    }
}
