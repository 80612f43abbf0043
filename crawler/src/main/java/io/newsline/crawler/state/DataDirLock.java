package io.newsline.crawler.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory ({@code <data>/crawl.lock}) held for the life of a crawl, so that two
 * processes never write one crawl state. The OS releases it when the process dies, even by kill -9.
 */
public final class DataDirLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails with a message naming the directory and the holder's pid. */
    public static DataDirLock acquire(Path dataDir) {
        Path file = dataDir.resolve("crawl.lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
                ch.close();
                throw new IllegalStateException("the data directory " + dataDir + " is in use by another newsline process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + "; wait for it to finish, stop it, or give this run its own --data directory");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new DataDirLock(ch, lock);
        } catch (IOException e) {
            throw new IllegalStateException("could not lock the data directory " + dataDir + ": " + e.getMessage()
                    + "; check it is writable or pass another --data", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }

}
