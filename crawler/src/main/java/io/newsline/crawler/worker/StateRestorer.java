package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.PartitionStateStore;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.work.StateTopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores the crawl state of newly owned partitions into their {@link PartitionStateStore}s, caught up with the state topic
 * by the publisher's {@link StateTopicReader} (from the file's checkpoint to the last stable offset; a file whose
 * checkpoint is missing or outside the topic is rebuilt from the beginning). Without a state directory every
 * restore starts from the beginning, into native memory.
 */
final class StateRestorer {
    private static final Logger LOG = LoggerFactory.getLogger(StateRestorer.class);
    /** Batches (polls) the consumer may read ahead of the writer: one being written, two waiting. */
    private static final int WRITES_AHEAD = 2;

    private final String bootstrap;
    private final KafkaClientSettings client;
    private final String stateTopic;
    private final Optional<Path> stateDir;
    private final boolean pipelined;

    /** What a restore did: the partitions, ready, and how many records it read for each. */
    record Restored(Map<Integer, OwnedPartition> partitions, Map<Integer, Long> recordsRead, Set<Integer> rebuilt) {
        long totalRead() {
            return recordsRead.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    StateRestorer(String bootstrap, String stateTopic, Optional<Path> stateDir) {
        this(bootstrap, KafkaClientSettings.none(), stateTopic, stateDir);
    }

    StateRestorer(String bootstrap, KafkaClientSettings client, String stateTopic, Optional<Path> stateDir) {
        this(bootstrap, client, stateTopic, stateDir, true);
    }

    /** @param pipelined whether a writer thread applies the batches while the consumer polls (false: the benchmark's A/B) */
    StateRestorer(String bootstrap, KafkaClientSettings client, String stateTopic, Optional<Path> stateDir, boolean pipelined) {
        this.bootstrap = bootstrap;
        this.client = client;
        this.stateTopic = stateTopic;
        this.stateDir = stateDir;
        this.pipelined = pipelined;
    }

    /** The store (a RocksDB directory) of partition {@code p} in {@code dir}. */
    static Path storeDirOf(Path dir, String stateTopic, int p) {
        return dir.resolve(stateTopic + "-" + p);
    }

    /**
     * Removes the SQLite files an older version kept partition {@code p} in ({@code <topic>-<p>.db} and its
     * {@code -wal}/{@code -shm}): only a copy of the topic, which the new store is rebuilt from.
     *
     * @return whether there was one
     */
    static boolean removeOldFormat(Path dir, String stateTopic, int p) {
        boolean found = false;
        for (String suffix : List.of(".db", ".db-wal", ".db-shm", ".db-journal")) {
            Path old = dir.resolve(stateTopic + "-" + p + suffix);
            try {
                found |= Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the old-format worker state file " + old + ": " + e.getMessage()
                        + "; delete it by hand (it is only a copy of the state topic)", e);
            }
        }
        return found;
    }

    Restored restore(Collection<Integer> partitions, Duration timeout) {
        Map<Integer, PartitionStateStore> files = new HashMap<>();
        try {
            List<Integer> oldFormat = new ArrayList<>();
            for (int p : partitions) {
                if (stateDir.isPresent() && removeOldFormat(stateDir.get(), stateTopic, p)) {
                    oldFormat.add(p);
                }
                files.put(p, stateDir.map(d -> PartitionStateStore.open(storeDirOf(d, stateTopic, p))).orElseGet(PartitionStateStore::inMemory));
            }
            if (!oldFormat.isEmpty()) {
                LOG.info("removed the SQLite state files of partitions {} of {} in {} (the format before RocksDB); they are"
                        + " rebuilt from the state topic, of which they were only a copy", oldFormat, stateTopic, stateDir.get());
            }
            StateTopicReader.CaughtUp caughtUp;
            long started = System.nanoTime();
            try (RestoreWriter writer = pipelined ? new RestoreWriter("newsline-restore-" + stateTopic, WRITES_AHEAD) : null) {
                Map<Integer, FileCopy> copies = new HashMap<>();
                files.forEach((p, f) -> copies.put(p, new FileCopy(f, writer)));
                caughtUp = new StateTopicReader(bootstrap, client, stateTopic).catchUp(copies, timeout);
                if (writer != null) {
                    writer.finish();
                }
            }
            Map<Integer, OwnedPartition> owned = new HashMap<>();
            files.forEach((p, f) -> owned.put(p, new OwnedPartition(p, f)));
            Restored restored = new Restored(owned, caughtUp.recordsRead(), new TreeSet<>(caughtUp.rebuilt()));
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            if (seconds >= StateTopicReader.PROGRESS_EVERY.toSeconds()) { // a long restore: its end after the reader's progress lines
                LOG.info("restored the state of partitions {} of {} in {} s ({} records read; {} rebuilt from the start)",
                        new TreeSet<>(partitions), stateTopic, seconds, restored.totalRead(), restored.rebuilt());
            }
            return restored;
        } catch (RuntimeException e) {
            files.values().forEach(PartitionStateStore::close);
            throw e;
        }
    }

    /**
     * A {@link PartitionStateStore} as the reader's local copy of its partition; writes (and the end of a rebuild)
     * go through the restore's {@link RestoreWriter} (if any; else on the reader's thread), in the reader's order.
     */
    private record FileCopy(PartitionStateStore file, RestoreWriter writer) implements StateTopicReader.LocalCopy {
        @Override
        public Optional<StateTopicReader.Checkpoint> checkpoint() {
            return file.checkpoint().map(c -> new StateTopicReader.Checkpoint(c.topicId(), c.nextOffset()));
        }

        @Override
        public void startRebuild() {
            file.startRebuild();
        }

        @Override
        public void write(List<StateTopicReader.Change> changes, OptionalLong nextOffset) {
            List<PartitionStateStore.Change> c = new ArrayList<>(changes.size());
            changes.forEach(ch -> c.add(new PartitionStateStore.Change(ch.key(), ch.value())));
            apply(() -> file.write(c, nextOffset));
        }

        @Override
        public void finishRebuild(StateTopicReader.Checkpoint checkpoint) {
            PartitionStateStore.Checkpoint c = new PartitionStateStore.Checkpoint(checkpoint.topicId(), checkpoint.nextOffset());
            apply(() -> file.finishRebuild(c));
        }

        private void apply(Runnable write) {
            if (writer == null) {
                write.run();
            } else {
                writer.submit(write);
            }
        }
    }
}
