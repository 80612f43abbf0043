package io.newsline.crawler.frontier;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.VersionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the owner of one frontier partition knows of its sites, restored from the same partition of the
 * crawl-state topic: the state of each URL and the last version of each article. Kept in a {@link PartitionStateStore} (off
 * the Java heap) while the partition is owned; every change is also written to the topic in the transaction that
 * makes it visible.
 *
 * <p>The file holds only committed state: a change made here stays on the heap, <em>pending</em>, until
 * {@link #written()} taken before a commit is {@linkplain Written#persist() persisted} after it, so a crash or an
 * aborted transaction leaves nothing in the file the topic does not have. Persisted with the offset the commit
 * reached in the state topic, the file's checkpoint moves with the worker's commits, and a restart reads only what
 * came after. A reserved version stays on the heap until
 * its version record is put. Thread-safe.
 */
public final class OwnedPartition implements VersionStore, AutoCloseable {
    private final int partition;
    private final PartitionStateStore file;
    private final Map<String, UrlState> pendingUrls = new ConcurrentHashMap<>();
    private final Map<String, ArticleVersion> pendingVersions = new ConcurrentHashMap<>();
    private final Map<String, ArticleVersion> reserved = new ConcurrentHashMap<>();
    private volatile long fileUrlCount = -1; // -1: to count again

    /** A partition kept in native memory (tests, and workers without a data directory). */
    public OwnedPartition(int partition) {
        this(partition, PartitionStateStore.inMemory());
    }

    /** A partition kept in {@code file}, which it closes. */
    public OwnedPartition(int partition, PartitionStateStore file) {
        this.partition = partition;
        this.file = file;
    }

    public int partition() {
        return partition;
    }

    public Optional<UrlState> url(String url) {
        UrlState pending = pendingUrls.get(url);
        return pending != null ? Optional.of(pending) : file.url(url);
    }

    public void put(UrlState state) {
        pendingUrls.put(state.url(), state);
    }

    @Override
    public Optional<ArticleVersion> latest(String articleId) {
        return Stream.of(Optional.ofNullable(reserved.get(articleId)), Optional.ofNullable(pendingVersions.get(articleId)))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(ArticleVersion::version))
                .or(() -> file.version(articleId));
    }

    /** Reserved versions are written to the state topic in the transaction of their record; aborted, it is restored. */
    @Override
    public void reserve(ArticleVersion next) {
        reserved.put(next.articleId(), next);
    }

    public void put(ArticleVersion version) {
        pendingVersions.put(version.articleId(), version);
        reserved.computeIfPresent(version.articleId(), (id, r) -> r.version() <= version.version() ? null : r);
    }

    /** Applies one record of the crawl-state topic (restore). */
    public void apply(String key, byte[] value) {
        file.write(List.of(new PartitionStateStore.Change(key, value)), OptionalLong.empty());
        fileUrlCount = -1;
    }

    /** URLs due at {@code now}, at most {@code limit}. */
    public List<UrlState> due(Instant now, int limit) {
        Map<String, UrlState> pending = new HashMap<>(pendingUrls);
        List<UrlState> due = new ArrayList<>();
        for (UrlState s : pending.values()) {
            if (s.isDue(now) && due.size() < limit) {
                due.add(s);
            }
        }
        // the file's due URLs, less those changed here; asking for more covers the ones skipped
        for (UrlState s : file.due(now, limit + pending.size())) {
            if (due.size() >= limit) {
                break;
            }
            if (!pending.containsKey(s.url())) {
                due.add(s);
            }
        }
        return due;
    }

    public int urlCount() {
        long inFile = fileUrlCount;
        if (inFile < 0) {
            inFile = file.urlCount();
            fileUrlCount = inFile;
        }
        long added = pendingUrls.keySet().stream().filter(u -> file.url(u).isEmpty()).count();
        return (int) Math.min(Integer.MAX_VALUE, inFile + added);
    }

    /**
     * The changes made here so far. Take it before committing the transaction they were written in (a change is
     * made here after its record is sent), and {@linkplain Written#persist() persist} it once the commit succeeded.
     */
    public Written written() {
        return new Written(new HashMap<>(pendingUrls), new HashMap<>(pendingVersions));
    }

    /** Changes made in an {@link OwnedPartition} before one commit. */
    public final class Written {
        private final Map<String, UrlState> urls;
        private final Map<String, ArticleVersion> versions;

        private Written(Map<String, UrlState> urls, Map<String, ArticleVersion> versions) {
            this.urls = urls;
            this.versions = versions;
        }

        /** Moves the changes into the file: call only once the transaction that carried them is committed. */
        public void persist() {
            persist(OptionalLong.empty());
        }

        /**
         * Moves the changes into the file and, with {@code nextOffset}, the file's checkpoint there, together: call
         * only once the transaction that carried them is committed, with the offset after that transaction's last
         * record in this partition of the state topic, and only if this was taken when every record of that
         * transaction had been put here (so the file then holds everything before the offset).
         */
        public void persist(OptionalLong nextOffset) {
            if (urls.isEmpty() && versions.isEmpty() && nextOffset.isEmpty()) {
                return;
            }
            List<PartitionStateStore.Change> changes = new ArrayList<>(urls.size() + versions.size());
            urls.values().forEach(s -> changes.add(new PartitionStateStore.Change(StateRecords.urlKey(s.url()), StateRecords.encode(s))));
            versions.values().forEach(v -> changes.add(new PartitionStateStore.Change(StateRecords.articleKey(v.articleId()), StateRecords.encode(v))));
            file.write(changes, nextOffset);
            fileUrlCount = -1;
            urls.forEach(pendingUrls::remove); // remove(key, value): a later change stays pending
            versions.forEach(pendingVersions::remove);
        }
    }

    /** Closes the file; changes not persisted are dropped (the topic has them, or they were never committed). */
    @Override
    public void close() {
        file.close();
    }
}
