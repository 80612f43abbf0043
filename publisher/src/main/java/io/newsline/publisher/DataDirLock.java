package io.newsline.publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on one use of a data directory (a lock file in it, holding the owner's pid): the crawl state
 * ({@code crawl.lock}) or the embedded broker's Kafka log ({@code broker.lock}), so that two processes never write
 * the same files. The OS releases it when the process dies, even by {@code kill -9}.
 *
 * <p>This is the only class that opens a lock file. Locks held by this JVM are kept in a map and checked first,
 * because closing <em>any</em> channel on a file this JVM has locked drops the JVM's POSIX lock on it: so a lock
 * file this JVM holds is never opened again, not even to read the holder's pid.
 */
public final class DataDirLock implements AutoCloseable {

    /** What a data directory is locked for: its lock file and how messages name it. */
    public enum Use {
        /** The crawl state of {@code newsline crawl} ({@code <data>/crawl.lock}). */
        CRAWL("crawl.lock", "the crawl state in", "wait for it to finish, stop it, or give this run its own --data directory"),
        /** The embedded broker's Kafka log ({@code <data>/broker.lock}). */
        BROKER("broker.lock", "the Kafka data dir", "stop it or use --data elsewhere");

        private final String fileName;
        private final String what;
        private final String wayOut;

        Use(String fileName, String what, String wayOut) {
            this.fileName = fileName;
            this.what = what;
            this.wayOut = wayOut;
        }

        /** The lock file's name inside the data directory. */
        public String fileName() {
            return fileName;
        }
    }

    private static final Map<Path, DataDirLock> HELD_HERE = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, Path file, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code use} on {@code dataDir}, creating the directory when needed.
     *
     * @throws IllegalStateException naming the directory, the holder's pid and the way out when another process (or
     *                               another part of this one) holds it, or when the directory cannot be written
     */
    public static DataDirLock acquire(Path dataDir, Use use) {
        Objects.requireNonNull(use, "use");
        Path dir = key(Objects.requireNonNull(dataDir, "dataDir"));
        Path file = dir.resolve(use.fileName);
        synchronized (HELD_HERE) {
            if (HELD_HERE.containsKey(file)) {
                throw inUse(dir, use, ProcessHandle.current().pid() + ", this process");
            }
            try {
                Files.createDirectories(dir);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String pid = readPid(channel); // through the same channel: no second open of the file
                    channel.close();
                    throw inUse(dir, use, pid);
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                        .getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                DataDirLock held = new DataDirLock(dir, file, channel, lock);
                HELD_HERE.put(file, held);
                return held;
            } catch (IOException e) {
                throw new IllegalStateException("cannot lock " + use.what + " " + dir + ": " + e.getMessage()
                        + "; check that it is writable, or pass another --data", e);
            }
        }
    }

    /** True when some process (this one included) holds the lock of {@code use} on {@code dataDir}. */
    public static boolean isHeld(Path dataDir, Use use) {
        Path file = key(dataDir).resolve(use.fileName);
        synchronized (HELD_HERE) {
            if (HELD_HERE.containsKey(file)) {
                return true;
            }
            if (!Files.exists(file)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock probe = channel.tryLock();
                if (probe == null) {
                    return true;
                }
                probe.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot check the lock " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static IllegalStateException inUse(Path dir, Use use, String pid) {
        return new IllegalStateException(use.what + " " + dir + " is in use by another newsline process (pid " + pid
                + "); " + use.wayOut);
    }

    private static String readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        int n = channel.read(buffer, 0);
        String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).trim();
        return pid.isEmpty() ? "unknown" : pid;
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    /** The locked directory, absolute. */
    public Path dataDir() {
        return dataDir;
    }

    /** Releases the lock; a second call does nothing. */
    @Override
    public void close() {
        synchronized (HELD_HERE) {
            if (!HELD_HERE.remove(file, this)) {
                return;
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the lock " + file, e);
            }
        }
    }
}
