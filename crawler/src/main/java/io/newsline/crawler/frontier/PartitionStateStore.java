package io.newsline.crawler.frontier;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.MutableColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WALRecoveryMode;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The local copy of one partition of the crawl-state topic, in a RocksDB directory off the Java heap: the state of
 * each URL (column family {@code urls}), the last version of each article ({@code versions}), an index of the URLs
 * by due time ({@code due}: 8-byte due millis, then the URL), the number of URLs, and the <em>checkpoint</em>, the
 * offset of the topic up to which the copy holds the committed records. Each {@link #write} is one atomic write
 * batch (data, due index, count and checkpoint together), so the checkpoint never claims more than the copy holds;
 * writes go to RocksDB's log without waiting for the disk, and a crash leaves a consistent prefix of them (the lost
 * tail is read again from the topic).
 *
 * <p>A {@linkplain #startRebuild() rebuild} starts from an empty directory, writes without the log and without the
 * due index, and at {@link #finishRebuild} builds the index and the count in one pass, flushes everything to disk,
 * and only then writes the checkpoint, synced: a copy cut off before has no checkpoint, is never trusted, and is
 * rebuilt again.
 *
 * <p>One process at a time: a second opener of the same directory (another worker on this host taking the partition
 * over) waits up to {@link #LOCK_WAIT} for the first to close it. All stores share the native memory of
 * {@link StoreMemory#shared()}. Thread-safe.
 */
public final class PartitionStateStore implements AutoCloseable {
    /** How long an open waits for the previous owner (another worker on this host) to close the directory. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    /** Entries of the due index written per batch when a rebuild builds it. */
    private static final int INDEX_BATCH = 50_000;
    private static final byte[] CHECKPOINT = "checkpoint".getBytes(StandardCharsets.UTF_8);
    private static final byte[] URL_COUNT = "urlCount".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EMPTY = new byte[0];

    /** One change to the copy: a URL or article state (value present) or its removal (value null). */
    public record Change(String key, byte[] value) {
    }

    /**
     * Up to where the copy holds a topic: the topic's id (Kafka's topic UUID, so that a topic deleted and created
     * again under the same name is told apart) and the offset of the next record to read.
     */
    public record Checkpoint(String topicId, long nextOffset) {
        public Checkpoint {
            Objects.requireNonNull(topicId, "topicId");
        }
    }

    private final Path dir;
    private final boolean temporary;
    private final Duration lockWait;
    private Db db;
    private Optional<Checkpoint> checkpoint;
    private long urlCount;
    private boolean rebuilding;
    private boolean closed;

    private PartitionStateStore(Path dir, boolean temporary, Duration lockWait) {
        this.dir = dir;
        this.temporary = temporary;
        this.lockWait = lockWait;
        this.db = Db.open(dir, lockWait, false);
        this.checkpoint = db.readCheckpoint();
        this.urlCount = db.readCount();
    }

    /** Opens (creating it if missing) the copy in the directory {@code dir}, waiting up to {@link #LOCK_WAIT} for its previous owner. */
    public static PartitionStateStore open(Path dir) {
        return open(dir, LOCK_WAIT);
    }

    /** Opens the copy in {@code dir}, waiting up to {@code lockWait} for another process or store that has it open. */
    public static PartitionStateStore open(Path dir, Duration lockWait) {
        return new PartitionStateStore(dir, false, lockWait);
    }

    /** A copy in a temporary directory deleted when closed: for tests and for a worker without a data directory. */
    public static PartitionStateStore inMemory() {
        try {
            return new PartitionStateStore(Files.createTempDirectory("newsline-state-"), true, LOCK_WAIT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the worker's state under "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage() + "; give the worker --data", e);
        }
    }

    /** Up to where the copy holds the state topic; empty for a new or wiped copy, or one whose rebuild did not finish. */
    public synchronized Optional<Checkpoint> checkpoint() {
        return checkpoint;
    }

    /** Forgets everything, the checkpoint too: the copy is rebuilt from the beginning of the topic. */
    public synchronized void wipe() {
        reopenEmpty(false);
    }

    private void reopenEmpty(boolean bulk) {
        open();
        db.close();
        deleteRecursively(dir, temporary);
        db = Db.open(dir, lockWait, bulk);
        checkpoint = Optional.empty();
        urlCount = 0;
        rebuilding = bulk;
    }

    /**
     * {@linkplain #wipe() Wipes} the copy for a rebuild from the beginning of the topic and, until
     * {@link #finishRebuild}, writes without RocksDB's log and without the due index: a crash (or power loss) in
     * between leaves a copy without a checkpoint, which is never trusted and is rebuilt again.
     */
    public synchronized void startRebuild() {
        reopenEmpty(true);
    }

    /**
     * Ends a rebuild: builds the due index and the URL count in one pass over the URLs, flushes everything to disk,
     * then writes {@code checkpoint} in a synced write, and goes back to the normal (crash-safe) writes.
     */
    public synchronized void finishRebuild(Checkpoint checkpoint) {
        open();
        try {
            long count = 0;
            try (ReadOptions once = new ReadOptions().setFillCache(false); RocksIterator it = db.rocks.newIterator(db.urls, once)) {
                WriteBatch batch = new WriteBatch();
                try {
                    for (it.seekToFirst(); it.isValid(); it.next()) {
                        byte[] url = it.key();
                        Long due = StateRecords.nextDueMillis(url, it.value());
                        if (due != null) {
                            batch.put(db.due, dueKey(due, url), EMPTY);
                        }
                        if (++count % INDEX_BATCH == 0) {
                            db.rocks.write(db.noLog, batch);
                            batch.close();
                            batch = new WriteBatch();
                        }
                    }
                    it.status();
                    db.rocks.write(db.noLog, batch);
                } finally {
                    batch.close();
                }
            }
            db.rocks.flush(db.waitForFlush, List.of(db.urls, db.versions, db.due, db.meta));
            db.sortManyFiles();
            try (WriteBatch batch = new WriteBatch()) {
                batch.put(db.meta, URL_COUNT, longBytes(count));
                batch.put(db.meta, CHECKPOINT, checkpointBytes(checkpoint));
                db.rocks.write(db.synced, batch);
            }
            db.endBulkLoad();
            this.checkpoint = Optional.of(checkpoint);
            this.urlCount = count;
            this.rebuilding = false;
        } catch (RocksDBException e) {
            throw failure("finish the rebuild of", e);
        }
    }

    /**
     * Applies {@code changes} (records of the topic, in order; the last change of a key wins) and, when present and
     * the copy has a checkpoint, moves it to {@code nextOffset}, in one atomic write. A copy without a checkpoint
     * keeps none: it is still untrusted.
     */
    public synchronized void write(Collection<Change> changes, OptionalLong nextOffset) {
        open();
        try (WriteBatch batch = new WriteBatch()) {
            if (rebuilding) { // in the batch's order, so the last value of a key wins; no index to keep yet
                for (Change c : changes) {
                    putData(batch, c.key(), c.value());
                }
                db.rocks.write(db.noLog, batch);
                return;
            }
            Map<String, byte[]> last = new LinkedHashMap<>(changes.size() * 2);
            for (Change c : changes) {
                last.put(c.key(), c.value());
            }
            long count = urlCount + indexUrls(batch, last);
            putData(batch, last);
            Optional<Checkpoint> moved = checkpoint;
            if (checkpoint.isPresent() && nextOffset.isPresent()) {
                moved = Optional.of(new Checkpoint(checkpoint.get().topicId(), nextOffset.getAsLong()));
                batch.put(db.meta, CHECKPOINT, checkpointBytes(moved.get()));
            }
            batch.put(db.meta, URL_COUNT, longBytes(count));
            db.rocks.write(db.logged, batch);
            checkpoint = moved;
            urlCount = count;
        } catch (RocksDBException e) {
            throw failure("write to", e);
        }
    }

    /** Puts the URLs and versions of {@code last} into {@code batch}. */
    private void putData(WriteBatch batch, Map<String, byte[]> last) throws RocksDBException {
        for (Map.Entry<String, byte[]> c : last.entrySet()) {
            putData(batch, c.getKey(), c.getValue());
        }
    }

    /** Puts one record (its key with the {@code u }/{@code a } prefix; a null value deletes) into {@code batch}. */
    private void putData(WriteBatch batch, String key, byte[] value) throws RocksDBException {
        ColumnFamilyHandle family = StateRecords.isUrlKey(key) ? db.urls : StateRecords.isArticleKey(key) ? db.versions : null;
        if (family == null) {
            return;
        }
        byte[] k = key.substring(2).getBytes(StandardCharsets.UTF_8);
        if (value == null) {
            batch.delete(family, k);
        } else {
            batch.put(family, k, value);
        }
    }

    /** Moves the due-index entries of the URLs in {@code last}; returns how the URL count changes. */
    private long indexUrls(WriteBatch batch, Map<String, byte[]> last) throws RocksDBException {
        List<byte[]> keys = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : last.entrySet()) {
            if (StateRecords.isUrlKey(c.getKey())) {
                keys.add(c.getKey().substring(2).getBytes(StandardCharsets.UTF_8));
                values.add(c.getValue());
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        List<byte[]> old = db.rocks.multiGetAsList(java.util.Collections.nCopies(keys.size(), db.urls), keys);
        long delta = 0;
        for (int i = 0; i < keys.size(); i++) {
            byte[] url = keys.get(i);
            byte[] before = old.get(i);
            byte[] after = values.get(i);
            Long dueBefore = before == null ? null : StateRecords.nextDueMillis(url, before);
            Long dueAfter = after == null ? null : StateRecords.nextDueMillis(url, after);
            if (dueBefore != null && !dueBefore.equals(dueAfter)) {
                batch.delete(db.due, dueKey(dueBefore, url));
            }
            if (dueAfter != null && !dueAfter.equals(dueBefore)) {
                batch.put(db.due, dueKey(dueAfter, url), EMPTY);
            }
            delta += (after != null ? 1 : 0) - (before != null ? 1 : 0);
        }
        return delta;
    }

    public synchronized Optional<UrlState> url(String url) {
        open();
        byte[] value = get(db.urls, url);
        return value == null ? Optional.empty() : Optional.of(StateRecords.decodeUrl(StateRecords.urlKey(url), value));
    }

    public synchronized Optional<ArticleVersion> version(String articleId) {
        open();
        byte[] value = get(db.versions, articleId);
        return value == null ? Optional.empty()
                : Optional.of(StateRecords.decodeVersion(StateRecords.articleKey(articleId), value));
    }

    /** URLs due at {@code now}, earliest first, at most {@code limit}. */
    public synchronized List<UrlState> due(Instant now, int limit) {
        open();
        List<byte[]> urls = new ArrayList<>();
        long nowKey = now.toEpochMilli() ^ Long.MIN_VALUE;
        try (RocksIterator it = db.rocks.newIterator(db.due)) {
            for (it.seekToFirst(); it.isValid() && urls.size() < limit; it.next()) {
                byte[] key = it.key();
                if (Long.compareUnsigned(ByteBuffer.wrap(key).getLong(), nowKey) > 0) {
                    break;
                }
                urls.add(Arrays.copyOfRange(key, Long.BYTES, key.length));
            }
            it.status();
            List<byte[]> values = urls.isEmpty() ? List.of()
                    : db.rocks.multiGetAsList(java.util.Collections.nCopies(urls.size(), db.urls), urls);
            List<UrlState> due = new ArrayList<>(urls.size());
            for (int i = 0; i < urls.size(); i++) {
                String url = new String(urls.get(i), StandardCharsets.UTF_8);
                if (values.get(i) == null) {
                    throw new IllegalStateException("the worker state store " + dir + " indexes " + url
                            + " as due but does not hold it; it is only a copy of the state topic: delete it to rebuild it");
                }
                due.add(StateRecords.decodeUrl(StateRecords.urlKey(url), values.get(i)));
            }
            return due;
        } catch (RocksDBException e) {
            throw failure("read", e);
        }
    }

    /** URLs in the copy (exact, kept with each write); 0 once closed (the partition is no longer owned). */
    public synchronized long urlCount() {
        return closed ? 0 : urlCount;
    }

    /** Closes the store (a temporary one is deleted); changes were written by then. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        db.close();
        if (temporary) {
            deleteRecursively(dir, true);
        }
    }

    private byte[] get(ColumnFamilyHandle family, String key) {
        try {
            return db.rocks.get(family, key.getBytes(StandardCharsets.UTF_8));
        } catch (RocksDBException e) {
            throw failure("read", e);
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the worker state store " + dir + " is closed (its partition is no longer owned)");
        }
    }

    /** The due index's key: the due time, ordered as signed numbers, then the URL. */
    static byte[] dueKey(long dueMillis, byte[] url) {
        return ByteBuffer.allocate(Long.BYTES + url.length).putLong(dueMillis ^ Long.MIN_VALUE).put(url).array();
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(Long.BYTES).putLong(v).array();
    }

    private static byte[] checkpointBytes(Checkpoint c) {
        byte[] id = c.topicId().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Long.BYTES + id.length).putLong(c.nextOffset()).put(id).array();
    }

    private static void deleteRecursively(Path dir, boolean temporary) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the worker state store " + dir + ": " + e.getMessage()
                    + (temporary ? "" : "; it is only a copy of the state topic: delete it by hand, it is rebuilt"), e);
        }
    }

    private IllegalStateException failure(String what, RocksDBException e) {
        return new IllegalStateException("cannot " + what + " the worker state store " + dir + ": " + e.getMessage()
                + "; it is only a copy of the state topic: delete the directory to rebuild it", e);
    }

    /** One open RocksDB with its column families and the native options it needs, all closed together. */
    private static final class Db {
        final RocksDB rocks;
        final ColumnFamilyHandle meta;
        final ColumnFamilyHandle urls;
        final ColumnFamilyHandle versions;
        final ColumnFamilyHandle due;
        final WriteOptions logged;
        final WriteOptions noLog;
        final WriteOptions synced;
        final FlushOptions waitForFlush;
        private final List<AutoCloseable> natives;

        private Db(RocksDB rocks, List<ColumnFamilyHandle> handles, List<AutoCloseable> natives) {
            this.rocks = rocks;
            this.meta = handles.get(0);
            this.urls = handles.get(1);
            this.versions = handles.get(2);
            this.due = handles.get(3);
            this.logged = add(natives, new WriteOptions()); // the log, not synced: a lost tail is read again from the topic
            this.noLog = add(natives, new WriteOptions().setDisableWAL(true));
            this.synced = add(natives, new WriteOptions().setSync(true));
            this.waitForFlush = add(natives, new FlushOptions().setWaitForFlush(true));
            this.natives = natives;
        }

        /** Opens {@code dir}; {@code bulk}: for a rebuild, with compactions off until {@link #endBulkLoad()}. */
        static Db open(Path dir, Duration lockWait, boolean bulk) {
            StoreMemory memory = StoreMemory.shared();
            List<AutoCloseable> natives = new ArrayList<>();
            try {
                Files.createDirectories(dir);
                BloomFilter bloom = add(natives, new BloomFilter(10));
                BlockBasedTableConfig table = new BlockBasedTableConfig()
                        .setBlockCache(memory.cache())
                        .setCacheIndexAndFilterBlocks(true)
                        .setFilterPolicy(bloom);
                List<ColumnFamilyDescriptor> families = new ArrayList<>();
                for (String name : List.of("default", "urls", "versions", "due")) {
                    ColumnFamilyOptions cf = add(natives, new ColumnFamilyOptions()
                            .setTableFormatConfig(table)
                            .setCompressionType(CompressionType.LZ4_COMPRESSION)
                            .setWriteBufferSize(16L << 20));
                    if (bulk) { // a rebuild writes each key about once: sorting it into levels waits for the end
                        cf.setDisableAutoCompactions(true)
                                .setLevel0SlowdownWritesTrigger(1 << 30)
                                .setLevel0StopWritesTrigger(1 << 30);
                    }
                    families.add(new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.UTF_8), cf));
                }
                DBOptions options = add(natives, new DBOptions()
                        .setCreateIfMissing(true)
                        .setCreateMissingColumnFamilies(true)
                        .setWalRecoveryMode(WALRecoveryMode.PointInTimeRecovery)
                        .setWriteBufferManager(memory.writeBuffers())
                        .setInfoLogLevel(InfoLogLevel.WARN_LEVEL)
                        .setKeepLogFileNum(2)
                        .setMaxBackgroundJobs(2));
                List<ColumnFamilyHandle> handles = new ArrayList<>();
                RocksDB rocks = openWaiting(dir, options, families, handles, lockWait);
                List<AutoCloseable> all = new ArrayList<>(handles);
                all.addAll(natives);
                return new Db(rocks, handles, all);
            } catch (IOException e) {
                closeAll(natives);
                throw new UncheckedIOException("cannot create the worker's state directory " + dir + ": " + e.getMessage()
                        + "; check --data", e);
            } catch (RuntimeException e) {
                closeAll(natives);
                throw e;
            }
        }

        /** Opens the database, retrying while another process (or store) holds its lock, until {@code lockWait}. */
        private static RocksDB openWaiting(Path dir, DBOptions options, List<ColumnFamilyDescriptor> families,
                                           List<ColumnFamilyHandle> handles, Duration lockWait) {
            long deadline = System.nanoTime() + lockWait.toNanos();
            while (true) {
                try {
                    return RocksDB.open(options, dir.toString(), families, handles);
                } catch (RocksDBException e) {
                    boolean locked = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock");
                    if (!locked) {
                        throw new IllegalStateException("cannot open the worker state store " + dir + ": " + e.getMessage()
                                + "; it is only a copy of the state topic: delete the directory to rebuild it", e);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the worker state store " + dir + " is still in use by another"
                                + " worker (or process) after " + lockWait.toSeconds() + " s: stop the other worker on this"
                                + " host, or give each worker its own --data (" + e.getMessage() + ")", e);
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the worker state store " + dir, ie);
                    }
                }
            }
        }

        /**
         * Sorts the files a rebuild flushed into levels, once, for each column family with so many that normal writes
         * would stop until background compactions caught up; fewer are sorted by background compactions once the
         * rebuild is done (meanwhile RocksDB slows writes down to a rate far above a worker's).
         */
        void sortManyFiles() throws RocksDBException {
            try (ColumnFamilyOptions defaults = new ColumnFamilyOptions()) {
                for (ColumnFamilyHandle h : List.of(urls, versions, due)) {
                    if (Long.parseLong(rocks.getProperty(h, "rocksdb.num-files-at-level0")) >= defaults.level0StopWritesTrigger() - 4) {
                        rocks.compactRange(h);
                    }
                }
            }
        }

        /** Compactions back on, as after a normal open: the files a rebuild wrote are sorted in the background. */
        void endBulkLoad() throws RocksDBException {
            try (ColumnFamilyOptions defaults = new ColumnFamilyOptions()) {
                MutableColumnFamilyOptions normal = MutableColumnFamilyOptions.builder()
                        .setDisableAutoCompactions(false)
                        .setLevel0SlowdownWritesTrigger(defaults.level0SlowdownWritesTrigger())
                        .setLevel0StopWritesTrigger(defaults.level0StopWritesTrigger())
                        .build();
                for (ColumnFamilyHandle h : List.of(meta, urls, versions, due)) {
                    rocks.setOptions(h, normal);
                }
            }
        }

        long readCount() {
            try {
                byte[] v = rocks.get(meta, URL_COUNT);
                return v == null ? 0 : ByteBuffer.wrap(v).getLong();
            } catch (RocksDBException e) {
                throw new IllegalStateException("cannot read the URL count: " + e.getMessage(), e);
            }
        }

        Optional<Checkpoint> readCheckpoint() {
            try {
                byte[] v = rocks.get(meta, CHECKPOINT);
                if (v == null) {
                    return Optional.empty();
                }
                ByteBuffer b = ByteBuffer.wrap(v);
                long next = b.getLong();
                return Optional.of(new Checkpoint(new String(v, Long.BYTES, v.length - Long.BYTES, StandardCharsets.UTF_8), next));
            } catch (RocksDBException e) {
                throw new IllegalStateException("cannot read the checkpoint: " + e.getMessage(), e);
            }
        }

        void close() {
            List<AutoCloseable> order = new ArrayList<>();
            order.addAll(natives.subList(0, 4)); // the column families first, then the database, then its options
            order.add(rocks);
            order.addAll(natives.subList(4, natives.size()));
            closeAll(order);
        }

        private static <T extends AutoCloseable> T add(List<AutoCloseable> natives, T o) {
            natives.add(o);
            return o;
        }

        private static void closeAll(List<AutoCloseable> natives) {
            RuntimeException failure = null;
            for (AutoCloseable c : natives) {
                try {
                    c.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("cannot close the worker state store: " + e.getMessage(), e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
