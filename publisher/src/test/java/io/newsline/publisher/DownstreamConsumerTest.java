package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordDeserializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/** A downstream Java consumer that has only newsline-record (and kafka-clients) reads what the crawler publishes. */
class DownstreamConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aConsumerWithOnlyTheRecordDeserializerReadsWhatThePublisherPublished() {
        PublisherConfig config = PublisherConfig.defaults(TestBroker.bootstrap())
                .withTopic(TestBroker.uniqueTopic("articles"))
                .withDeadLetterTopic(TestBroker.uniqueTopic("dlq"));
        ArticleRecord first = ArticleRecords.of(SampleArticles.full(), 1, null, SampleArticles.FETCHED_AT);
        ArticleRecord edit = ArticleRecords.of(SampleArticles.withParagraphs(SampleArticles.full(),
                List.of("여야는 25일 국회에서 예산안 처리에 합의했다.")), 2, first.contentHash(), SampleArticles.FETCHED_AT);
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            publisher.publish(first).join();
            publisher.publish(edit).join();
        }

        // What the README's "The record" section tells a consumer to write, nothing from the publisher.
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, TestBroker.uniqueTopic("downstream"));
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ArticleRecordDeserializer.class.getName());
        List<ConsumerRecord<String, ArticleRecord>> read = new ArrayList<>();
        try (KafkaConsumer<String, ArticleRecord> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(config.topic()));
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (read.size() < 2 && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }

        assertThat(read).extracting(ConsumerRecord::value).containsExactly(first, edit);
        assertThat(read).extracting(ConsumerRecord::key).containsOnly(first.id());
    }
}
