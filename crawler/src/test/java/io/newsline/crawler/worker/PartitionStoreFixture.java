package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.run.ArticleLocks;
import io.newsline.crawler.run.ArticleSink;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.StoreFixture;
import io.newsline.crawler.run.StoreSink;
import io.newsline.publisher.ProducerSettings;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.Topics;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.publisher.work.FrontierTopics;
import io.newsline.publisher.work.WorkTransaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

/** {@code newsline worker}'s store: one owned partition's state, committed in a Kafka transaction. */
public final class PartitionStoreFixture implements StoreFixture {
    private final String topic = TestBroker.uniqueTopic("partition-store");
    private final WorkerConfig config;
    private final WorkTransaction txn;
    private final OwnedPartition part = new OwnedPartition(0);
    private final ArticleLocks locks = new ArticleLocks();

    public PartitionStoreFixture(Path dir) {
        config = WorkerConfig.builder(TestBroker.bootstrap(), "partition-store", Path.of("seeds"))
                .topic(topic).frontierTopic(topic + ".frontier").stateTopic(topic + ".state").partitions(1).build();
        PublisherConfig publisherConfig = PublisherConfig.defaults(config.kafka()).withTopic(topic).withClientId("partition-store");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka()))) {
            Topics.ensure(admin, publisherConfig, Duration.ofSeconds(30));
            FrontierTopics.ensure(admin, config.frontierTopic(), config.stateTopic(), 1, Duration.ofSeconds(30));
        }
        Map<String, Object> producer = new HashMap<>(ProducerSettings.of(publisherConfig));
        producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "partition-store-" + UUID.randomUUID());
        txn = new WorkTransaction(new KafkaProducer<>(producer));
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public ArticleSink sinkFor(String url) {
        return new StoreSink(new PartitionStore(part, txn, config, CrawlListener.NONE), locks);
    }

    @Override
    public void commit() {
        txn.commit();
    }

    @Override
    public void close() {
        txn.close();
        part.close(); // its store's temporary directory
    }
}
