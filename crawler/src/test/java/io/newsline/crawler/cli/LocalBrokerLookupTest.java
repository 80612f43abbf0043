package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publisher.EmbeddedBroker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsline broker --data DIR` runs one broker for several local processes; a worker given the same
 * {@code --data} and no {@code --kafka} must find it (a real embedded KRaft broker, started as the broker command
 * starts it).
 */
class LocalBrokerLookupTest {

    @Test
    void aWorkerWithoutKafkaFindsTheBrokerOfItsDataDir(@TempDir Path data) {
        assertThat(KafkaOption.bootstrap(null, data)).isEmpty();

        try (EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBroker.inDataDir(data), 0)) {
            assertThat(KafkaOption.bootstrap(null, data)).contains(broker.bootstrapServers());
            assertThat(KafkaOption.bootstrap("", data)).contains(broker.bootstrapServers());
            assertThat(KafkaOption.bootstrap("kafka.example:9092", data)).contains("kafka.example:9092");
        }

        assertThat(KafkaOption.bootstrap(null, data)).isEmpty();
    }
}
