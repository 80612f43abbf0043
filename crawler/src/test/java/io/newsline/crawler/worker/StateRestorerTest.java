package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.PartitionStateStore;
import io.newsline.crawler.frontier.StateRecords;
import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.publisher.work.FrontierTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring owned partitions from the real state topic into their local files, with checkpoints. */
class StateRestorerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    private final String state = TestBroker.uniqueTopic("restore.state");

    @Test
    void restoreFromScratchHoldsWhatTheTopicHoldsCommittedAndNothingAborted() {
        createTopics(2);
        commit(List.of(url(0, "https://a.com/1", 1), url(0, "https://a.com/2", 2), version(0, "a1", 3), url(1, "https://b.com/1", 4)));
        commit(List.of(url(0, "https://a.com/1", 9), tombstone(0, StateRecords.urlKey("https://a.com/2"))));
        abort(List.of(url(0, "https://a.com/aborted", 5), url(0, "https://a.com/1", 99)));

        StateRestorer.Restored restored = restorer().restore(List.of(0, 1), TIMEOUT);
        try {
            OwnedPartition p0 = restored.partitions().get(0);
            assertThat(p0.url("https://a.com/1")).contains(state("https://a.com/1", 9));
            assertThat(p0.url("https://a.com/2")).isEmpty();
            assertThat(p0.url("https://a.com/aborted")).isEmpty();
            assertThat(p0.latest("a1")).contains(new ArticleVersion("a1", 3, "h3"));
            assertThat(p0.urlCount()).isEqualTo(1);
            assertThat(restored.partitions().get(1).url("https://b.com/1")).contains(state("https://b.com/1", 4));
            assertThat(restored.rebuilt()).containsExactly(0, 1);
        } finally {
            restored.partitions().values().forEach(OwnedPartition::close);
        }
    }

    @Test
    void aRestartReadsOnlyTheRecordsAfterTheCheckpoint() {
        createTopics(1);
        commit(List.of(url(0, "https://a.com/1", 1), url(0, "https://a.com/2", 2), url(0, "https://a.com/3", 3)));
        restoreAndClose();
        commit(List.of(url(0, "https://a.com/2", 7), url(0, "https://a.com/4", 4)));

        StateRestorer.Restored again = restorer().restore(List.of(0), TIMEOUT);
        try {
            assertThat(again.recordsRead()).isEqualTo(Map.of(0, 2L));
            assertThat(again.rebuilt()).isEmpty();
            OwnedPartition p0 = again.partitions().get(0);
            assertThat(p0.url("https://a.com/1")).contains(state("https://a.com/1", 1));
            assertThat(p0.url("https://a.com/2")).contains(state("https://a.com/2", 7));
            assertThat(p0.url("https://a.com/4")).contains(state("https://a.com/4", 4));
            assertThat(p0.urlCount()).isEqualTo(4);
        } finally {
            again.partitions().values().forEach(OwnedPartition::close);
        }
    }

    @Test
    void aFileWhoseCheckpointIsAheadOfTheTopicEndIsRebuiltFromTheTopic() {
        createTopics(1);
        commit(List.of(url(0, "https://a.com/1", 1), url(0, "https://a.com/2", 2)));
        try (PartitionStateStore stale = PartitionStateStore.open(StateRestorer.storeDirOf(dir, state, 0))) { // as if the broker was wiped since
            stale.startRebuild();
            stale.write(List.of(new PartitionStateStore.Change(StateRecords.urlKey("https://old.com/x"), StateRecords.encode(state("https://old.com/x", 1)))),
                    OptionalLong.empty());
            stale.finishRebuild(new PartitionStateStore.Checkpoint(topicId(), 1_000));
        }

        StateRestorer.Restored restored = restorer().restore(List.of(0), TIMEOUT);
        try {
            assertThat(restored.rebuilt()).containsExactly(0);
            assertThat(restored.recordsRead()).isEqualTo(Map.of(0, 2L));
            OwnedPartition p0 = restored.partitions().get(0);
            assertThat(p0.url("https://old.com/x")).isEmpty();
            assertThat(p0.url("https://a.com/2")).contains(state("https://a.com/2", 2));
        } finally {
            restored.partitions().values().forEach(OwnedPartition::close);
        }
    }

    @Test
    void aFileWithStateButNoCheckpointIsRebuiltFromTheTopic() {
        createTopics(1);
        commit(List.of(url(0, "https://a.com/1", 1)));
        try (PartitionStateStore unchecked = PartitionStateStore.open(StateRestorer.storeDirOf(dir, state, 0))) {
            unchecked.write(List.of(new PartitionStateStore.Change(StateRecords.urlKey("https://old.com/x"), StateRecords.encode(state("https://old.com/x", 1)))),
                    OptionalLong.empty());
        }

        StateRestorer.Restored restored = restorer().restore(List.of(0), TIMEOUT);
        try {
            assertThat(restored.rebuilt()).containsExactly(0);
            assertThat(restored.partitions().get(0).url("https://old.com/x")).isEmpty();
            assertThat(restored.partitions().get(0).url("https://a.com/1")).isPresent();
        } finally {
            restored.partitions().values().forEach(OwnedPartition::close);
        }
    }

    @Test
    void aStateTopicDeletedAndCreatedAgainUnderTheSameNameIsNotTrustedAndTheFileIsRebuilt() {
        createTopics(1);
        commit(List.of(url(0, "https://old.com/1", 1), url(0, "https://old.com/2", 2), url(0, "https://old.com/3", 3)));
        restoreAndClose();
        recreateStateTopic();
        commit(List.of(url(0, "https://new.com/1", 1), url(0, "https://new.com/2", 2), url(0, "https://new.com/3", 3),
                url(0, "https://new.com/4", 4))); // the new topic's end lies past the old checkpoint

        StateRestorer.Restored restored = restorer().restore(List.of(0), TIMEOUT);
        try {
            assertThat(restored.rebuilt()).containsExactly(0);
            OwnedPartition p0 = restored.partitions().get(0);
            assertThat(p0.url("https://old.com/1")).isEmpty();
            assertThat(p0.url("https://new.com/4")).contains(state("https://new.com/4", 4));
            assertThat(p0.urlCount()).isEqualTo(4);
        } finally {
            restored.partitions().values().forEach(OwnedPartition::close);
        }
    }

    @Test
    void aRebuildCutOffBeforeItsEndLeavesAFileWithoutCheckpointThatIsRebuiltAgain() {
        createTopics(1);
        commit(List.of(url(0, "https://a.com/1", 1), url(0, "https://a.com/2", 2)));
        try (PartitionStateStore cutOff = PartitionStateStore.open(StateRestorer.storeDirOf(dir, state, 0))) { // a worker killed mid-rebuild
            cutOff.startRebuild();
            cutOff.write(List.of(new PartitionStateStore.Change(StateRecords.urlKey("https://a.com/1"), StateRecords.encode(state("https://a.com/1", 1)))),
                    OptionalLong.of(1));
        }
        try (PartitionStateStore reopened = PartitionStateStore.open(StateRestorer.storeDirOf(dir, state, 0))) {
            assertThat(reopened.checkpoint()).isEmpty();
        }

        StateRestorer.Restored restored = restorer().restore(List.of(0), TIMEOUT);
        try {
            assertThat(restored.rebuilt()).containsExactly(0);
            assertThat(restored.recordsRead()).isEqualTo(Map.of(0, 2L));
            assertThat(restored.partitions().get(0).urlCount()).isEqualTo(2);
        } finally {
            restored.partitions().values().forEach(OwnedPartition::close);
        }
    }

    @Test
    void aStateFileOfTheOldSqliteFormatIsRemovedAndThePartitionRebuiltFromTheTopic() throws Exception {
        createTopics(1);
        commit(List.of(url(0, "https://a.com/1", 1), url(0, "https://a.com/2", 2)));
        Path old = dir.resolve(state + "-0.db"); // where the version before RocksDB kept partition 0
        Files.copy(Path.of(getClass().getResource("/worker/old-format-state.db").toURI()), old);

        StateRestorer.Restored restored = restorer().restore(List.of(0), TIMEOUT);
        try {
            assertThat(old).doesNotExist();
            assertThat(restored.rebuilt()).containsExactly(0);
            assertThat(restored.partitions().get(0).urlCount()).isEqualTo(2);
        } finally {
            restored.partitions().values().forEach(OwnedPartition::close);
        }
    }

    /** The state topic's id, once the broker knows the topic (just after its creation it may not yet). */
    private String topicId() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap()))) {
            while (true) {
                try {
                    return admin.describeTopics(List.of(state)).allTopicNames().get(30, TimeUnit.SECONDS).get(state).topicId().toString();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                        throw new AssertionError(e);
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Deletes the state topic and creates it again under the same name (a new topic id). */
    private void recreateStateTopic() {
        String before = topicId();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap()))) {
            admin.deleteTopics(List.of(state)).all().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) { // the name is free again once the deletion is done
                try {
                    admin.createTopics(List.of(new NewTopic(state, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                    break;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                        throw new AssertionError(e);
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(topicId()).isNotEqualTo(before);
    }

    private void restoreAndClose() {
        StateRestorer.Restored first = restorer().restore(List.of(0), TIMEOUT);
        assertThat(first.recordsRead()).isEqualTo(Map.of(0, 3L));
        first.partitions().values().forEach(OwnedPartition::close);
    }

    private StateRestorer restorer() {
        return new StateRestorer(TestBroker.bootstrap(), state, Optional.of(dir));
    }

    private void createTopics(int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap()))) {
            FrontierTopics.ensure(admin, state + ".frontier", state, partitions, TIMEOUT);
        }
    }

    private void commit(List<ProducerRecord<String, byte[]>> records) {
        send(records, true);
    }

    private void abort(List<ProducerRecord<String, byte[]>> records) {
        send(records, false);
    }

    private static void send(List<ProducerRecord<String, byte[]>> records, boolean commit) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrap(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "restore-test-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            records.forEach(producer::send);
            if (commit) {
                producer.commitTransaction();
            } else {
                producer.flush();
                producer.abortTransaction();
            }
        }
    }

    private ProducerRecord<String, byte[]> url(int partition, String url, int http) {
        return new ProducerRecord<>(state, partition, StateRecords.urlKey(url), StateRecords.encode(state(url, http)));
    }

    private ProducerRecord<String, byte[]> version(int partition, String id, int version) {
        return new ProducerRecord<>(state, partition, StateRecords.articleKey(id), StateRecords.encode(new ArticleVersion(id, version, "h" + version)));
    }

    private ProducerRecord<String, byte[]> tombstone(int partition, String key) {
        return new ProducerRecord<>(state, partition, key, null);
    }

    /** A fetched article URL; {@code http} tells versions of it apart. */
    static UrlState state(String url, int http) {
        return new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, T0, T0.plusSeconds(3600), http, "id", null, null, "hash", null);
    }
}
