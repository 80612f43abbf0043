package io.newsline.publisher;

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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Newsline's topics when they are missing. The articles topic is compacted (the newest version of each
 * article survives, keyed by id) with the configured partitions; the dead-letter topic keeps everything for
 * {@link #DEAD_LETTER_RETENTION}. Both use replication factor min(3, brokers) and accept records of
 * {@link ProducerSettings#MAX_REQUEST_SIZE}. Existing topics are left as they are. Returns only once every
 * partition of both topics can take writes.
 */
public final class Topics {

    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(90);
    private static final long RETRY_BACKOFF_MS = 50;

    private Topics() {
    }

    /**
     * Creates whichever of {@code config}'s two topics does not exist yet.
     *
     * @return the names of the topics created (empty when both existed)
     * @throws BrokerUnavailableException when the broker does not answer within {@code timeout}
     */
    public static Set<String> ensure(Admin admin, PublisherConfig config, Duration timeout) {
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int brokers = admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            short replication = (short) Math.max(1, Math.min(3, brokers));
            List<NewTopic> missing = new ArrayList<>();
            if (!existing.contains(config.topic())) {
                missing.add(new NewTopic(config.topic(), config.partitions(), replication)
                        .configs(articleTopicConfig(replication)));
            }
            if (!existing.contains(config.deadLetterTopic())) {
                missing.add(new NewTopic(config.deadLetterTopic(), 1, replication)
                        .configs(deadLetterTopicConfig(replication)));
            }
            Set<String> created = new java.util.TreeSet<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) { // another process created it meanwhile
                        throw e;
                    }
                }
            }
            // Also for topics that existed: a broker that just (re)started may not have loaded them yet.
            awaitWritable(admin, Set.of(config.topic(), config.deadLetterTopic()), timeout);
            return created;
        } catch (TimeoutException e) {
            throw new BrokerUnavailableException("Kafka at " + bootstrapOf(config) + " did not answer within "
                    + timeout.toSeconds() + " s while creating topics " + config.topic() + " and "
                    + config.deadLetterTopic(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + config.topic() + " and "
                    + config.deadLetterTopic() + " on Kafka at " + bootstrapOf(config) + ": " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics on " + bootstrapOf(config), e);
        }
    }

    /**
     * Waits until the leader of every partition of {@code topics} serves requests for it. A new topic (or any topic
     * of a broker that just started) is in the metadata a moment before its partitions exist on the leader; an
     * idempotent producer with several requests in flight that writes in that moment can lose a batch for good
     * (KAFKA-15591: the first request fails NOT_LEADER_OR_FOLLOWER, a later one is appended, and the retried first
     * one stays out of sequence until it expires). Listing offsets goes to the leader's partition.
     */
    private static void awaitWritable(Admin admin, Set<String> topics, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> request = new HashMap<>();
                for (TopicDescription d : admin.describeTopics(topics).allTopicNames()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS).values()) {
                    d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()),
                            OffsetSpec.latest()));
                }
                admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                // UNKNOWN_TOPIC_OR_PARTITION / NOT_LEADER_OR_FOLLOWER: the broker has not applied the topic yet
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(RETRY_BACKOFF_MS);
            }
        }
    }

    static Map<String, String> articleTopicConfig(short replication) {
        Map<String, String> c = new HashMap<>(commonConfig(replication));
        c.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        return c;
    }

    static Map<String, String> deadLetterTopicConfig(short replication) {
        Map<String, String> c = new HashMap<>(commonConfig(replication));
        c.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        c.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(DEAD_LETTER_RETENTION.toMillis()));
        return c;
    }

    private static Map<String, String> commonConfig(short replication) {
        Map<String, String> c = new HashMap<>();
        // Room for one batch holding a single maximal record plus the batch header.
        c.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(ProducerSettings.MAX_REQUEST_SIZE + 1024));
        if (replication >= 3) {
            c.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
        }
        return c;
    }

    private static String bootstrapOf(PublisherConfig config) {
        return config.bootstrapServers();
    }
}
