package io.newsline.publisher.work;

import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Utils;

/**
 * Creates the frontier topic (URLs to fetch; deleted after a week) and the crawl-state topic (compacted: the
 * latest state of each URL and article is kept), with the same number of partitions, and checks that existing ones
 * agree: partition {@code p} of one must hold the same sites as partition {@code p} of the other, the one
 * {@link #partitionOf} gives the site's key.
 */
public final class FrontierTopics {
    /**
     * The header of a frontier record that carries what discovery said of its URL (how it was found, dates, title), as
     * the crawler encodes it. Absent on records written before it existed and on URLs found due again: the value,
     * the URL, is all a worker needs.
     */
    public static final String HINT_HEADER = "newsline-hint";

    private static final Duration FRONTIER_RETENTION = Duration.ofDays(7);

    private FrontierTopics() {
    }

    /**
     * Creates what is missing of the article and dead-letter topics of {@code articles} and of the frontier and state
     * topics; returns the partition count the frontier and state topics have.
     *
     * @throws WorkSessionLostException when the Kafka client fails
     */
    public static int ensure(PublisherConfig articles, String frontier, String state, int partitions, Duration timeout) {
        try (Admin admin = ArticlePublisher.createAdmin(articles.bootstrapServers(), articles.client(),
                articles.clientId() + "-admin", timeout)) {
            Topics.ensure(admin, articles, timeout);
            return ensure(admin, frontier, state, partitions, timeout);
        } catch (KafkaException e) {
            throw new WorkSessionLostException(e);
        }
    }

    /**
     * The partition of {@code key} among {@code partitions}: the one Kafka's default partitioner gives a String key
     * (murmur2), so that a record keyed {@code key} and sent without a partition lands there too.
     */
    public static int partitionOf(String key, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Creates what is missing; returns the partition count both topics have. */
    public static int ensure(Admin admin, String frontier, String state, int partitions, Duration timeout) {
        try {
            int brokers = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            short replication = (short) Math.max(1, Math.min(3, brokers));
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            if (!existing.contains(frontier)) {
                missing.add(new NewTopic(frontier, partitions, replication).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, Long.toString(FRONTIER_RETENTION.toMillis()))));
            }
            if (!existing.contains(state)) {
                missing.add(new NewTopic(state, partitions, replication).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            }
            boolean createdAny = !missing.isEmpty();
            for (var created : admin.createTopics(missing).values().values()) {
                try {
                    created.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) { // another worker created it meanwhile
                        throw e;
                    }
                }
            }
            Map<String, TopicDescription> described = describe(admin, List.of(frontier, state), timeout);
            int f = described.get(frontier).partitions().size();
            int s = described.get(state).partitions().size();
            if (f != s) {
                throw new IllegalStateException("topic " + frontier + " has " + f + " partitions but " + state + " has " + s
                        + "; they must be equal, since partition p of both holds the same sites. "
                        + "Use new topic names (--frontier-topic, --state-topic) or recreate both");
            }
            if (createdAny) {
                awaitWritable(admin, described, timeout);
            }
            return f;
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeout.toSeconds() + " s while creating "
                    + frontier + " and " + state, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + frontier + " and " + state + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + frontier + " and " + state, e);
        }
    }

    /**
     * Describes {@code topics}, asking again while the broker answers that it does not know one yet: a topic just
     * created reaches the metadata of the broker asked a moment later (KRaft propagates it asynchronously).
     */
    private static Map<String, TopicDescription> describe(Admin admin, List<String> topics, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return admin.describeTopics(topics).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * Waits until the leaders serve every partition of new topics: a transactional (so idempotent) producer that
     * writes in the moment between metadata and partition creation can lose a batch (KAFKA-15591), as
     * {@code Topics} in the publisher explains.
     */
    private static void awaitWritable(Admin admin, Map<String, TopicDescription> topics, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        topics.values().forEach(d -> d.partitions().forEach(p ->
                request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }
}
