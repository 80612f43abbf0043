package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.testing.TestBroker;
import io.newsline.publisher.testing.TestBroker.StoredRecord;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import io.newsline.record.DeadLetter;
import io.newsline.record.DeadLetterCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static PublisherConfig freshConfig() {
        return PublisherConfig.defaults(TestBroker.bootstrap())
                .withTopic(TestBroker.uniqueTopic("articles"))
                .withDeadLetterTopic(TestBroker.uniqueTopic("dlq"));
    }

    @Test
    void publishedRecordsComeBackWithTheirKeysHeadersAndOrderPerKey() {
        PublisherConfig config = freshConfig();
        Random random = new Random(7);
        List<ArticleRecord> sent = new ArrayList<>();
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            List<CompletableFuture<Delivery>> acks = new ArrayList<>();
            for (int version = 1; version <= 3; version++) {
                for (long n = 1; n <= 20; n++) {
                    ArticleRecord previous = version == 1 ? null : sent.get(sent.size() - 20);
                    ArticleRecord r = ArticleRecords.of(SampleArticles.korean(n, 2000, random), version,
                            previous == null ? null : previous.contentHash(), Instant.now());
                    sent.add(r);
                    acks.add(publisher.publish(r));
                }
            }
            publisher.flush();
            assertThat(acks).allSatisfy(a -> assertThat(a).isCompleted()
                    .satisfies(f -> assertThat(f.join().topic()).isEqualTo(config.topic())));
        }

        List<StoredRecord> stored = TestBroker.readAll(config.topic(), TIMEOUT);

        assertThat(stored).hasSize(60);
        assertThat(stored).allSatisfy(s -> {
            assertThat(s.headers()).containsEntry("newsline-schema", "1");
            ArticleRecord r = ArticleRecordCodec.decode(s.value());
            assertThat(s.key()).isEqualTo(r.id());
            assertThat(s.headers()).containsEntry("newsline-version", Integer.toString(r.version()));
        });
        Map<String, List<Integer>> versionsByKey = stored.stream().collect(Collectors.groupingBy(StoredRecord::key,
                Collectors.mapping(s -> ArticleRecordCodec.decode(s.value()).version(), Collectors.toList())));
        assertThat(versionsByKey).hasSize(20)
                .allSatisfy((key, versions) -> assertThat(versions).containsExactly(1, 2, 3));
        assertThat(stored.stream().map(s -> ArticleRecordCodec.decode(s.value())).toList())
                .containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void createsTheArticlesTopicCompactedWithTheConfiguredPartitionsAndTheDeadLetterTopicForDeletion()
            throws Exception {
        PublisherConfig config = freshConfig().withPartitions(4);
        try (ArticlePublisher ignored = ArticlePublisher.connect(config, TIMEOUT);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
            TopicDescription articles = admin.describeTopics(List.of(config.topic())).allTopicNames().get()
                    .get(config.topic());
            ConfigResource articlesResource = new ConfigResource(ConfigResource.Type.TOPIC, config.topic());
            ConfigResource dlqResource = new ConfigResource(ConfigResource.Type.TOPIC, config.deadLetterTopic());
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(articlesResource, dlqResource))
                    .all().get();

            assertThat(articles.partitions()).hasSize(4);
            assertThat(articles.partitions().get(0).replicas()).hasSize(1);
            assertThat(configs.get(articlesResource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
                    .isEqualTo("compact");
            assertThat(configs.get(dlqResource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("delete");
            assertThat(Duration.ofMillis(Long.parseLong(
                    configs.get(dlqResource).get(TopicConfig.RETENTION_MS_CONFIG).value()))).isEqualTo(
                    Topics.DEAD_LETTER_RETENTION);
        }
    }

    @Test
    void connectingAgainLeavesExistingTopicsAndRecordsAlone() {
        PublisherConfig config = freshConfig();
        ArticleRecord r = ArticleRecords.of(SampleArticles.full(), 1, null, SampleArticles.FETCHED_AT);
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            publisher.publish(r).join();
        }
        try (ArticlePublisher publisher = ArticlePublisher.connect(config.withPartitions(2), TIMEOUT)) {
            assertThat(publisher.endOffsets()).hasSize(PublisherConfig.DEFAULT_PARTITIONS);
        }

        assertThat(TestBroker.readAll(config.topic(), TIMEOUT)).hasSize(1);
    }

    @Test
    void endOffsetsCountWhatWasPublishedPerPartition() {
        PublisherConfig config = freshConfig();
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            Map<Integer, Long> before = publisher.endOffsets();
            Random random = new Random(3);
            for (long n = 1; n <= 12; n++) {
                publisher.publish(ArticleRecords.of(SampleArticles.korean(n, 500, random), 1, null, Instant.now()));
            }
            publisher.flush();

            Map<Integer, Long> after = publisher.endOffsets();

            assertThat(before).hasSize(6).allSatisfy((p, offset) -> assertThat(offset).isZero());
            assertThat(after.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(12);
        }
    }

    @Test
    void deadLettersGoToTheDeadLetterTopicKeyedByUrl() {
        PublisherConfig config = freshConfig();
        DeadLetter d = DeadLetter.of("https://www.newdaily.co.kr/x.html", "no body found",
                new IllegalStateException("boom"), "newdaily", "3", SampleArticles.FETCHED_AT);
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            Delivery delivery = publisher.deadLetter(d).join();
            assertThat(delivery.topic()).isEqualTo(config.deadLetterTopic());
        }

        List<StoredRecord> stored = TestBroker.readAll(config.deadLetterTopic(), TIMEOUT);

        assertThat(stored).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("https://www.newdaily.co.kr/x.html");
            assertThat(DeadLetterCodec.decode(s.value())).isEqualTo(d);
        });
    }

    @Test
    void connectingToAnAddressNobodyAnswersFailsWithinTheTimeoutNamingTheAddress() {
        String dead = "127.0.0.1:" + FreePort.pick();
        PublisherConfig config = PublisherConfig.defaults(dead);
        long start = System.nanoTime();

        assertThatThrownBy(() -> ArticlePublisher.connect(config, Duration.ofSeconds(2)))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessage("Kafka at " + dead + " did not answer within 2 s; is it running? Use --kafka or"
                        + " NEWSLINE_KAFKA_BOOTSTRAP_SERVERS to point elsewhere");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void anAddressThatIsNotHostAndPortIsRejectedNamingIt() {
        assertThatThrownBy(() -> ArticlePublisher.connect(PublisherConfig.defaults("no-such-host.invalid:9092"),
                Duration.ofSeconds(2)))
                .isInstanceOf(BrokerUnavailableException.class)
                .hasMessageStartingWith("Kafka address 'no-such-host.invalid:9092' is not usable (")
                .hasMessageEndingWith("); give host:port[,host:port...] with --kafka or NEWSLINE_KAFKA_BOOTSTRAP_SERVERS");
    }
}
