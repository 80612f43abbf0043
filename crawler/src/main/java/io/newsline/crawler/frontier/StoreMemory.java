package io.newsline.crawler.frontier;

import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * The native memory every {@link PartitionStateStore} of a process shares, the way Kafka Streams bounds its RocksDB
 * stores ({@code BoundedMemoryRocksDBConfig}): one LRU block cache of {@link #DEFAULT_TOTAL_BYTES} for reads, and one
 * write-buffer manager that charges every store's memtables to that cache and makes a store flush once all memtables
 * together pass half of it. So a worker owning 12 or 120 partitions uses about the same native memory for them; the
 * data itself lives on disk. Created on first use and kept for the life of the process.
 */
public final class StoreMemory {
    /** The native memory of all of a process's state stores together (block cache, memtables charged to it). */
    public static final long DEFAULT_TOTAL_BYTES = 64L << 20;
    /** Of the total, how much the memtables of all stores may hold before the writing store flushes. */
    public static final long DEFAULT_WRITE_BUFFER_BYTES = DEFAULT_TOTAL_BYTES / 2;

    private static StoreMemory shared;

    private final Cache cache;
    private final WriteBufferManager writeBuffers;

    private StoreMemory(long totalBytes, long writeBufferBytes) {
        RocksDB.loadLibrary();
        this.cache = new LRUCache(totalBytes);
        this.writeBuffers = new WriteBufferManager(writeBufferBytes, cache);
    }

    /** The process's shared cache and write-buffer manager, sized by the defaults above. */
    public static synchronized StoreMemory shared() {
        if (shared == null) {
            shared = new StoreMemory(DEFAULT_TOTAL_BYTES, DEFAULT_WRITE_BUFFER_BYTES);
        }
        return shared;
    }

    Cache cache() {
        return cache;
    }

    WriteBufferManager writeBuffers() {
        return writeBuffers;
    }
}
