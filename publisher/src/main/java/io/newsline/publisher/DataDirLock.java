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
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a data dir ({@code <dataDir>/broker.lock}, holding the owner's pid), so that two processes
 * never run a broker on the same Kafka log dir.
 *
 * <p>Locks held by this JVM are also kept in a map and checked first: closing any other channel on a locked file
 * would release the JVM's POSIX lock on it, so this class never opens a file this JVM already locked.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE_NAME = "broker.lock";

    private static final Map<Path, DataDirLock> HELD_HERE = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code dataDir}, creating the dir when needed.
     *
     * @throws IllegalStateException when another process (or another broker in this JVM) holds it
     */
    static DataDirLock acquire(Path dataDir) {
        Path dir = key(dataDir);
        synchronized (HELD_HERE) {
            if (HELD_HERE.containsKey(dir)) {
                throw inUse(dir, ProcessHandle.current().pid() + ", this process");
            }
            try {
                Files.createDirectories(dir);
                FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String pid = readPid(channel);
                    channel.close();
                    throw inUse(dir, pid);
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                        .getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                DataDirLock held = new DataDirLock(dir, channel, lock);
                HELD_HERE.put(dir, held);
                return held;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock data dir " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** True when some process (this one included) holds the lock on {@code dataDir}. */
    static boolean isHeld(Path dataDir) {
        Path dir = key(dataDir);
        synchronized (HELD_HERE) {
            if (HELD_HERE.containsKey(dir)) {
                return true;
            }
            Path file = dir.resolve(FILE_NAME);
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
                throw new UncheckedIOException("cannot check the lock of data dir " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private static IllegalStateException inUse(Path dir, String pid) {
        return new IllegalStateException("Kafka data dir " + dir + " is used by another newsline process (pid " + pid
                + "); stop it or use --data elsewhere");
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

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        synchronized (HELD_HERE) {
            HELD_HERE.remove(dataDir, this);
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the lock of data dir " + dataDir, e);
            }
        }
    }
}
