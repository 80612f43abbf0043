package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void writesIdempotentlyWithFullAcknowledgementAndLargeCompressedBatches() {
        Map<String, Object> p = ProducerSettings.of(PublisherConfig.defaults("127.0.0.1:9092"));

        assertThat(p).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip")
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 262144)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 20)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        assertThat((int) p.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isGreaterThanOrEqualTo(2 * 1024 * 1024);
    }

    @Test
    void aShortDeliveryTimeoutStillMakesAValidProducer() {
        PublisherConfig config = PublisherConfig.defaults("127.0.0.1:1").withDeliveryTimeout(Duration.ofSeconds(2));

        // KafkaProducer checks delivery.timeout.ms >= linger.ms + request.timeout.ms in its constructor.
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(ProducerSettings.of(config))) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }
}
