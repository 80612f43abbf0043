package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrokerOutageTest {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(3);

    private final Path dir = TestBroker.tempDir("newsline-outage-test-");

    @AfterEach
    void deleteDataDir() {
        TestBroker.deleteRecursively(dir);
    }

    @Test
    void publicationsFailAfterTheDeliveryTimeoutWhileTheBrokerIsDownAndARestartKeepsWhatWasAcknowledgedAndTakesMore() {
        Random random = new Random(11);
        EmbeddedBroker broker = EmbeddedBroker.start(dir, 0);
        PublisherConfig config = PublisherConfig.defaults(broker.bootstrapServers())
                .withDeliveryTimeout(DELIVERY_TIMEOUT);
        List<ArticleRecord> acknowledged = new ArrayList<>();
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, Duration.ofSeconds(30))) {
            for (long n = 1; n <= 5; n++) {
                ArticleRecord r = ArticleRecords.of(SampleArticles.korean(n, 1000, random), 1, null, Instant.now());
                publisher.publish(r).join();
                acknowledged.add(r);
            }

            broker.close();
            long start = System.nanoTime();
            List<CompletableFuture<Delivery>> lost = new ArrayList<>();
            for (long n = 6; n <= 8; n++) {
                lost.add(publisher.publish(ArticleRecords.of(SampleArticles.korean(n, 1000, random), 1, null,
                        Instant.now())));
            }

            assertThat(lost).allSatisfy(f -> {
                CompletionException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                        CompletionException.class, f::join);
                assertThat(e.getCause()).isInstanceOf(PublishException.class)
                        .hasMessageContaining("Kafka at " + config.bootstrapServers() + " did not accept record newdaily:")
                        .hasRootCauseInstanceOf(TimeoutException.class);
            });
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).isBetween(DELIVERY_TIMEOUT.minusMillis(500), DELIVERY_TIMEOUT.plusSeconds(10));
            publisher.close(Duration.ZERO);
        }

        try (EmbeddedBroker restarted = EmbeddedBroker.start(dir, 0)) {
            List<ArticleRecord> kept = TestBroker.readAll(restarted.bootstrapServers(), config.topic(),
                    Duration.ofSeconds(30)).stream().map(s -> ArticleRecordCodec.decode(s.value())).toList();

            assertThat(kept).containsExactlyInAnyOrderElementsOf(acknowledged);

            try (ArticlePublisher again = ArticlePublisher.connect(
                    config.withBootstrapServers(restarted.bootstrapServers()), Duration.ofSeconds(30))) {
                for (long n = 6; n <= 8; n++) {
                    ArticleRecord r = ArticleRecords.of(SampleArticles.korean(n, 1000, random), 1, null, Instant.now());
                    again.publish(r).join();
                    acknowledged.add(r);
                }
            }
            assertThat(TestBroker.readAll(restarted.bootstrapServers(), config.topic(), Duration.ofSeconds(30)))
                    .hasSize(8);
        }
    }
}
