package io.newsline.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where reading can go on after damage in a WARC file: in a gzip-per-record file, the next gzip member whose
 * content starts with a {@code WARC/1.} version line; in an uncompressed file, the next line that is such a version
 * line. Scans in fixed-size chunks, so it holds little memory whatever the size of the damaged region.
 */
final class WarcResync {
    private static final byte[] VERSION = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private WarcResync() {
    }

    /** The offset of the first record start after {@code from} (inclusive) in {@code file}, if there is one. */
    static OptionalLong nextRecord(Path file, long from, WarcCompression compression) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            long chunkStart = from;
            while (chunkStart < channel.size()) {
                buffer.clear();
                int n = channel.read(buffer, chunkStart);
                if (n <= 0) {
                    break;
                }
                byte[] bytes = buffer.array();
                // stop VERSION.length short of the chunk's end (unless at the file's end) so no candidate is cut in two
                boolean last = chunkStart + n >= channel.size();
                int limit = last ? n : n - VERSION.length;
                for (int i = 0; i < limit; i++) {
                    long at = chunkStart + i;
                    if (compression == WarcCompression.GZIP ? isGzipRecord(channel, bytes, i, n, at) : isVersionLine(channel, bytes, i, n, at)) {
                        return OptionalLong.of(at);
                    }
                }
                chunkStart += limit;
            }
            return OptionalLong.empty();
        }
    }

    private static boolean isGzipRecord(FileChannel channel, byte[] bytes, int i, int n, long at) throws IOException {
        if (i + 2 >= n || bytes[i] != 0x1f || (bytes[i + 1] & 0xff) != 0x8b || bytes[i + 2] != 8) {
            return false;
        }
        channel.position(at);
        try {
            InputStream in = new GZIPInputStream(Channels.newInputStream(channel), 512);
            return Arrays.equals(in.readNBytes(VERSION.length), VERSION);
        } catch (IOException notAMember) {
            return false; // three bytes inside deflate data that look like a gzip header
        }
    }

    private static boolean isVersionLine(FileChannel channel, byte[] bytes, int i, int n, long at) throws IOException {
        if (i + VERSION.length <= n) {
            boolean lineStart = i > 0 ? bytes[i - 1] == '\n' : at == 0 || previousIsNewline(channel, at);
            return lineStart && Arrays.equals(bytes, i, i + VERSION.length, VERSION, 0, VERSION.length);
        }
        return false;
    }

    private static boolean previousIsNewline(FileChannel channel, long at) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return channel.read(one, at - 1) == 1 && one.get(0) == '\n';
    }
}
