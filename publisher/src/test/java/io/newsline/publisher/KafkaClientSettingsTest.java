package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    private static Path fixture(String name) {
        try {
            return Path.of(KafkaClientSettingsTest.class.getResource("/kafka-config/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEnvironmentVariableNamesTheKafkaPropertyInUpperCaseWithUnderscores() {
        KafkaClientSettings s = KafkaClientSettings.load(Optional.empty(),
                Map.of("NEWSLINE_KAFKA_SASL_MECHANISM", "PLAIN", "HOME", "/root"));

        assertThat(s.properties()).containsExactly(Map.entry("sasl.mechanism", "PLAIN"));
    }

    @Test
    void theBootstrapVariableIsTheKafkaOptionNotAClientProperty() {
        KafkaClientSettings s = KafkaClientSettings.load(Optional.empty(),
                Map.of("NEWSLINE_KAFKA_BOOTSTRAP_SERVERS", "broker:9092"));

        assertThat(s.properties()).isEmpty();
    }

    @Test
    void theEnvironmentOverridesTheFile() {
        KafkaClientSettings s = KafkaClientSettings.load(Optional.of(fixture("sasl-ssl.properties")),
                Map.of("NEWSLINE_KAFKA_CLIENT_ID", "newsline-from-env"));

        assertThat(s.properties()).containsEntry("client.id", "newsline-from-env")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void aSettingTheGuaranteesDependOnIsRefusedNamingItAndTheFile() {
        Path file = fixture("acks-one.properties");

        assertThatThrownBy(() -> KafkaClientSettings.load(Optional.of(file), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acks'").hasMessageContaining(file.toString())
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void readUncommittedFromTheEnvironmentIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> KafkaClientSettings.load(Optional.empty(),
                Map.of("NEWSLINE_KAFKA_ISOLATION_LEVEL", "read_uncommitted")))
                .hasMessageContaining("'isolation.level'").hasMessageContaining("NEWSLINE_KAFKA_ISOLATION_LEVEL");
    }

    @Test
    void transactionalIdAndIdempotenceAreRefused() {
        assertThatThrownBy(() -> KafkaClientSettings.load(Optional.empty(),
                Map.of("NEWSLINE_KAFKA_TRANSACTIONAL_ID", "mine"))).hasMessageContaining("'transactional.id'");
        assertThatThrownBy(() -> KafkaClientSettings.load(Optional.empty(),
                Map.of("NEWSLINE_KAFKA_ENABLE_IDEMPOTENCE", "false"))).hasMessageContaining("'enable.idempotence'");
    }

    @Test
    void aMisspelledSettingIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> KafkaClientSettings.load(Optional.of(fixture("misspelled.properties")), Map.of()))
                .hasMessageContaining("'sasl.mechansim'").hasMessageContaining("not a Kafka");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = Path.of("no-such-dir", "client.properties");

        assertThatThrownBy(() -> KafkaClientSettings.load(Optional.of(missing), Map.of()))
                .hasMessageContaining(missing.toString()).hasMessageContaining("--kafka-config");
    }

    @Test
    void secretsNeverAppearWhenTheSettingsArePrinted() {
        KafkaClientSettings s = KafkaClientSettings.load(Optional.of(fixture("sasl-ssl.properties")),
                Map.of("NEWSLINE_KAFKA_SSL_KEY_PASSWORD", "key-s3cret"));

        assertThat(s.toString()).contains("sasl.jaas.config=[hidden]", "security.protocol=SASL_SSL")
                .doesNotContain("s3cret");
    }

    @Test
    void eachClientReceivesOnlyTheSettingsItsTypeKnows() {
        KafkaClientSettings s = KafkaClientSettings.load(Optional.of(fixture("sasl-ssl.properties")),
                Map.of("NEWSLINE_KAFKA_FETCH_MIN_BYTES", "1024"));

        assertThat(s.producer(Map.of())).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry("security.protocol", "SASL_SSL").doesNotContainKey(ConsumerConfig.FETCH_MIN_BYTES_CONFIG);
        assertThat(s.consumer(Map.of())).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1024")
                .doesNotContainKey(ProducerConfig.COMPRESSION_TYPE_CONFIG);
        assertThat(s.admin(Map.of())).containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .doesNotContainKey(ProducerConfig.COMPRESSION_TYPE_CONFIG);
    }

    @Test
    void theProducerCompressesWithTheConfiguredCodecInsteadOfTheDefault() {
        PublisherConfig config = PublisherConfig.defaults("127.0.0.1:9092").withClient(
                KafkaClientSettings.load(Optional.empty(), Map.of("NEWSLINE_KAFKA_COMPRESSION_TYPE", "zstd")));

        assertThat(ProducerSettings.of(config)).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
    }

    @Test
    void theSettingsPassToAChildProcessAsTheEnvironmentVariablesTheyAreReadFrom() {
        KafkaClientSettings s = KafkaClientSettings.load(Optional.of(fixture("sasl-ssl.properties")), Map.of());

        assertThat(s.asEnvironment()).containsEntry("NEWSLINE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(KafkaClientSettings.load(Optional.empty(), s.asEnvironment()).properties()).isEqualTo(s.properties());
    }
}
