package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.frontier.FrontierTopics;
import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.run.ArticleLocks;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.crawler.testing.ArticleEdits;
import io.newsline.parser.Article;
import io.newsline.publisher.ArticleRecord;
import io.newsline.publisher.ProducerSettings;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.Topics;
import io.newsline.publisher.testing.TestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class PartitionSinkTest {
    private static final int THREADS = 8;
    private static final int EDITS_PER_THREAD = 25;

    @Test
    void versionsOfOneArticleDecidedOnManyThreadsReachTheTopicInOrder() throws Exception {
        String topic = TestBroker.uniqueTopic("worker-order");
        WorkerConfig config = WorkerConfig.builder(TestBroker.bootstrap(), "worker-order", Path.of("seeds"))
                .topic(topic).frontierTopic(topic + ".frontier").stateTopic(topic + ".state").partitions(1).build();
        PublisherConfig publisherConfig = PublisherConfig.defaults(config.kafka()).withTopic(topic).withClientId("worker-order");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka()))) {
            Topics.ensure(admin, publisherConfig, Duration.ofSeconds(30));
            FrontierTopics.ensure(admin, config.frontierTopic(), config.stateTopic(), 1, Duration.ofSeconds(30));
        }
        Map<String, Object> producer = new HashMap<>(ProducerSettings.of(publisherConfig));
        producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "worker-order-" + UUID.randomUUID());
        try (WorkTransaction txn = new WorkTransaction(new KafkaProducer<>(producer))) {
            ArticleLocks locks = new ArticleLocks();
            OwnedPartition part = new OwnedPartition(0);

            publishConcurrently(() -> new PartitionSink(part, txn, config, CrawlListener.NONE, locks));
            txn.commit(Map::of, null);
        }
        List<Integer> versions = new ArrayList<>();
        for (TestBroker.StoredRecord r : TestBroker.readAll(topic, Duration.ofSeconds(30))) {
            versions.add(Integer.parseInt(r.headers().get("newsline-version")));
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int v = 1; v <= THREADS * EDITS_PER_THREAD; v++) {
            inOrder.add(v);
        }
        assertThat(versions).as("versions of demo:42 in topic order").isEqualTo(inOrder);
    }

    /** Every thread works on its own URLs of demo:42, each with a sink of its own as the worker makes one per URL. */
    private static void publishConcurrently(java.util.function.Supplier<PartitionSink> sinks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String url = "https://demo.example/news/42?via=" + t;
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < EDITS_PER_THREAD; i++) {
                        Article edit = ArticleEdits.edit("42", url, thread + "." + i);
                        sinks.get().publishIfChanged(edit, Instant.now(), urlState(url, edit), "demo.example");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static UrlState urlState(String url, Article a) {
        return new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, Instant.now(), null, 200, ArticleRecord.idOf(a), null, null,
                ArticleRecord.contentHashOf(a), null);
    }
}
