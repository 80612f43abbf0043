package io.newsline.publisher.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** What the worker's status line counts as published: only articles whose transaction was committed. */
class WorkTransactionTest {
    private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final AtomicLong published = new AtomicLong();
    private final WorkTransaction txn = new WorkTransaction(producer, published::addAndGet);

    @Test
    void articlesCountAsPublishedOnlyWhenTheirTransactionCommits() {
        txn.emitPublication(List.of(article("a:1")));
        txn.emitPublication(List.of(article("a:2")));
        assertThat(published.get()).as("before the commit").isZero();

        txn.commit(Map::of, new ConsumerGroupMetadata("g"), () -> { });

        assertThat(published.get()).isEqualTo(2);
    }

    @Test
    void articlesOfAnAbortedTransactionAreNeverCountedAsPublished() {
        txn.emitPublication(List.of(article("a:1")));
        txn.commit(Map::of, new ConsumerGroupMetadata("g"), () -> { });
        txn.emitPublication(List.of(article("a:2")));

        txn.close(); // the open transaction is aborted, as when a worker loses its partitions

        assertThat(published.get()).isEqualTo(1);
    }

    @Test
    void eachCommittedPublicationIsToldTheTimeFromItsSendToTheCommit() {
        List<Duration> visible = new CopyOnWriteArrayList<>();
        txn.emitPublication(List.of(article("a:1")), () -> { }, visible::add);
        txn.emitPublication(List.of(article("a:2")), () -> { }, visible::add);
        assertThat(visible).as("before the commit").isEmpty();

        txn.commit(Map::of, new ConsumerGroupMetadata("g"), () -> { });

        assertThat(visible).hasSize(2).allMatch(d -> !d.isNegative());
    }

    @Test
    void publicationsOfAnAbortedTransactionAreNeverToldTheyAreVisible() {
        List<Duration> visible = new CopyOnWriteArrayList<>();
        txn.emitPublication(List.of(article("a:1")), () -> { }, visible::add);

        txn.close();

        assertThat(visible).isEmpty();
    }

    private static Outgoing article(String id) {
        return Outgoing.to("news.articles", 0, id, new byte[] {'{', '}'});
    }
}
