package io.newsline.crawler.worker;

import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.StateFile;
import io.newsline.publisher.KafkaClientSettings;
import io.newsline.publisher.work.StateTopicReader;
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

/**
 * Restores the crawl state of newly owned partitions into their {@link StateFile}s, caught up with the state topic
 * by the publisher's {@link StateTopicReader} (from the file's checkpoint to the last stable offset; a file whose
 * checkpoint is missing or outside the topic is rebuilt from the beginning). Without a state directory every
 * restore starts from the beginning, into native memory.
 */
final class StateRestorer {
    private final String bootstrap;
    private final KafkaClientSettings client;
    private final String stateTopic;
    private final Optional<Path> stateDir;

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
        this.bootstrap = bootstrap;
        this.client = client;
        this.stateTopic = stateTopic;
        this.stateDir = stateDir;
    }

    /** The file of partition {@code p} in {@code dir}. */
    static Path fileOf(Path dir, String stateTopic, int p) {
        return dir.resolve(stateTopic + "-" + p + ".db");
    }

    Restored restore(Collection<Integer> partitions, Duration timeout) {
        Map<Integer, StateFile> files = new HashMap<>();
        try {
            for (int p : partitions) {
                files.put(p, stateDir.map(d -> StateFile.open(fileOf(d, stateTopic, p))).orElseGet(StateFile::inMemory));
            }
            Map<Integer, FileCopy> copies = new HashMap<>();
            files.forEach((p, f) -> copies.put(p, new FileCopy(f)));
            StateTopicReader.CaughtUp caughtUp = new StateTopicReader(bootstrap, client, stateTopic).catchUp(copies, timeout);
            Map<Integer, OwnedPartition> owned = new HashMap<>();
            files.forEach((p, f) -> owned.put(p, new OwnedPartition(p, f)));
            return new Restored(owned, caughtUp.recordsRead(), new TreeSet<>(caughtUp.rebuilt()));
        } catch (RuntimeException e) {
            files.values().forEach(StateFile::close);
            throw e;
        }
    }

    /** A {@link StateFile} as the reader's local copy of its partition. */
    private record FileCopy(StateFile file) implements StateTopicReader.LocalCopy {
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
            List<StateFile.Change> c = new ArrayList<>(changes.size());
            changes.forEach(ch -> c.add(new StateFile.Change(ch.key(), ch.value())));
            file.write(c, nextOffset);
        }

        @Override
        public void finishRebuild(StateTopicReader.Checkpoint checkpoint) {
            file.finishRebuild(new StateFile.Checkpoint(checkpoint.topicId(), checkpoint.nextOffset()));
        }
    }
}
