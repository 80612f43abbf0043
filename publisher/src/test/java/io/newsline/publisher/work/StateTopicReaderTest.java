package io.newsline.publisher.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Catching a local copy up with the real state topic: a large restore is not cut off by the broker timeout. */
class StateTopicReaderTest {
    private final String topic = TestBroker.uniqueTopic("reader.state");

    @Test
    void aRestoreLongerThanTheTimeoutRunsToTheEndWhileRecordsKeepComing() throws Exception {
        int records = 300;
        fill(records);
        // 20 records a poll and 300 ms to write each batch: at least 4.5 s of restore, each batch well inside 3 s
        KafkaClientSettings smallPolls = KafkaClientSettings.load(Optional.empty(), Map.of("NEWSLINE_KAFKA_MAX_POLL_RECORDS", "20"));
        SlowCopy copy = new SlowCopy(Duration.ofMillis(300));

        StateTopicReader.CaughtUp caughtUp = new StateTopicReader(TestBroker.bootstrap(), smallPolls, topic)
                .catchUp(Map.of(0, copy), Duration.ofSeconds(3));

        assertThat(caughtUp.recordsRead()).containsEntry(0, (long) records);
        assertThat(copy.keys).hasSize(records).startsWith("u 0").endsWith("u " + (records - 1));
        assertThat(copy.finishedAt).as("the rebuild's checkpoint: the end of the partition").containsExactly((long) records);
        assertThat(copy.writes).as("batches written, so the restore took longer than its timeout").isGreaterThanOrEqualTo(records / 20);
    }

    @Test
    void aRestoreThatStopsReadingFailsAfterTheTimeoutSayingHowFarItGot() throws Exception {
        fill(300);
        // small fetches, so most of the partition is still on the broker when the topic goes
        KafkaClientSettings smallFetches = KafkaClientSettings.load(Optional.empty(), Map.of(
                "NEWSLINE_KAFKA_MAX_POLL_RECORDS", "20", "NEWSLINE_KAFKA_MAX_PARTITION_FETCH_BYTES", "256"));
        SlowCopy copy = new SlowCopy(Duration.ZERO) {
            @Override
            public void write(List<StateTopicReader.Change> changes, OptionalLong nextOffset) {
                super.write(changes, nextOffset);
                if (writes == 1) { // the topic is gone after the first batch: nothing more can be read
                    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap()))) {
                        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };

        assertThatThrownBy(() -> new StateTopicReader(TestBroker.bootstrap(), smallFetches, topic).catchUp(Map.of(0, copy), Duration.ofSeconds(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(topic + " partitions [0]")
                .hasMessageContaining("nothing read for 3 s")
                .hasMessageMatching("(?s).* ([1-9]|[1-9][0-9]|[12][0-9][0-9]) of 300 records read.*");
    }

    private void fill(int records) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap(),
                ProducerConfig.BATCH_SIZE_CONFIG, 0), new StringSerializer(), new ByteArraySerializer())) { // a batch per record
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "u " + i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }

    /** A copy whose every write takes {@code perWrite}, as a slow disk would; it remembers what it was given. */
    private static class SlowCopy implements StateTopicReader.LocalCopy {
        private final Duration perWrite;
        final List<String> keys = new CopyOnWriteArrayList<>();
        final List<Long> finishedAt = new CopyOnWriteArrayList<>();
        int writes;

        SlowCopy(Duration perWrite) {
            this.perWrite = perWrite;
        }

        @Override
        public Optional<StateTopicReader.Checkpoint> checkpoint() {
            return Optional.empty();
        }

        @Override
        public void startRebuild() {
        }

        @Override
        public void write(List<StateTopicReader.Change> changes, OptionalLong nextOffset) {
            try {
                Thread.sleep(perWrite.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            changes.forEach(c -> keys.add(c.key()));
            writes++;
        }

        @Override
        public void finishRebuild(StateTopicReader.Checkpoint checkpoint) {
            finishedAt.add(checkpoint.nextOffset());
        }
    }
}
