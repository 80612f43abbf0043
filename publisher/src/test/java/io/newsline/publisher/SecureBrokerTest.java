package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.testing.SecureTestBroker;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The publisher against a broker that takes only TLS and SCRAM-SHA-512 logins, configured as an operator would. */
class SecureBrokerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static PublisherConfig config(java.nio.file.Path clientConfig) {
        return PublisherConfig.defaults(SecureTestBroker.bootstrap()).withTopic(TestBroker.uniqueTopic("secure"))
                .withClient(KafkaClientSettings.load(Optional.of(clientConfig), Map.of()));
    }

    @Test
    void publishesThroughTheSaslSslListenerWithTheClientSettingsFile() {
        PublisherConfig config = config(SecureTestBroker.clientConfig());
        ArticleRecord r = ArticleRecords.of(SampleArticles.full(), 1, null, SampleArticles.FETCHED_AT);

        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            publisher.publish(r).join();
        }

        assertThat(TestBroker.readAll(SecureTestBroker.plainBootstrap(), config.topic(), TIMEOUT))
                .extracting(TestBroker.StoredRecord::key).containsExactly(r.id());
    }

    @Test
    void aWrongPasswordIsReportedAsARefusedLoginWithoutThePassword() {
        PublisherConfig config = config(SecureTestBroker.wrongPasswordConfig());

        assertThatThrownBy(() -> ArticlePublisher.connect(config, TIMEOUT))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("refused the login").hasMessageContaining("sasl.jaas.config")
                .hasMessageNotContaining("wrong-scram-pw");
    }

    @Test
    void aTrustStoreWithoutTheBrokersCaIsReportedAsAFailedTlsHandshake() {
        PublisherConfig config = config(SecureTestBroker.wrongCaConfig());

        assertThatThrownBy(() -> ArticlePublisher.connect(config, TIMEOUT))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageContaining("TLS handshake failed").hasMessageContaining("ssl.truststore.location");
    }
}
