package io.newsline.publisher.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.ArticleArrivals;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A worker whose transaction is fenced by a newer producer loses its batch: nothing of it is published, nor counted. */
class WorkTransactionFencingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic = TestBroker.uniqueTopic("fenced.articles");
    private final String transactionalId = "fenced-" + UUID.randomUUID();

    @Test
    void aFencedWorkerLosesItsBatchAndTheArticleIsPublishedOnceByItsSuccessor() {
        ArticleArrivals.createTopics(PublisherConfig.defaults(TestBroker.bootstrap()).withTopic(topic), TIMEOUT);
        AtomicLong zombieCounted = new AtomicLong();
        AtomicLong successorCounted = new AtomicLong();
        try (WorkTransaction zombie = new WorkTransaction(producer(), zombieCounted::addAndGet)) {
            zombie.emitPublication(List.of(article("a:1")));

            try (WorkTransaction successor = new WorkTransaction(producer(), successorCounted::addAndGet)) { // fences the zombie
                assertThatThrownBy(zombie::commit).isInstanceOf(WorkSessionLostException.class);
                successor.emitPublication(List.of(article("a:1")));
                successor.emit(List.of(article("end")));
                successor.commit();
            }
        }

        assertThat(readUntilEnd()).containsExactly("a:1", "end");
        assertThat(zombieCounted).hasValue(0);
        assertThat(successorCounted).hasValue(1);
    }

    private List<String> readUntilEnd() {
        List<String> ids = new ArrayList<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (ArticleArrivals arrivals = ArticleArrivals.fromBeginning(TestBroker.bootstrap(), io.newsline.publisher.KafkaClientSettings.none(), topic, TIMEOUT)) {
            while (!ids.contains("end") && System.nanoTime() < deadline) {
                arrivals.poll(Duration.ofMillis(200)).forEach(a -> ids.add(a.id()));
            }
        }
        return ids;
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
                new StringSerializer(), new ByteArraySerializer());
    }

    private Outgoing article(String id) {
        return Outgoing.to(topic, 0, id, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
