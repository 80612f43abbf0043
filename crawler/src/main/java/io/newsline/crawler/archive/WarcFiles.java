package io.newsline.crawler.archive;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The WARC files of one process: records go to the current file, gzip per record; once it holds
 * {@link WarcConfig#maxFileBytes()} it is forced to disk and closed, and the next record starts a new file named
 * {@code PREFIX-TIMESTAMP-SERIAL-HOSTNAME.warc.gz}, opening with a {@code warcinfo} record. The records of one
 * {@link #write} call stay together in one file. Every record is in the operating system's hands when
 * {@code write} returns (a crash of this process loses none); {@link #close} and each roll fsync.
 */
final class WarcFiles implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    private final WarcConfig config;
    private final Clock clock;
    private final String hostname;
    private int serial;
    private Path current;
    private FileChannel channel;
    private WarcWriter writer;

    WarcFiles(WarcConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.hostname = localHostname();
        try {
            Files.createDirectories(config.dir());
        } catch (IOException e) {
            throw new ArchiveException("--warc " + config.dir() + ": cannot create the directory: " + e.getMessage()
                    + "; give a writable directory", e);
        }
    }

    /** Appends {@code records} to the current file, starting or rolling files as needed. */
    synchronized void write(List<? extends WarcRecord> records) {
        try {
            if (writer == null) {
                open();
            }
            for (WarcRecord r : records) {
                writer.write(r);
            }
            if (writer.position() >= config.maxFileBytes()) {
                finishCurrent();
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot write WARC file " + current + ": " + e.getMessage()
                    + " (is the disk full? free space or give --warc another directory)", e);
        }
    }

    /** The file being written, or null between files. */
    synchronized Path current() {
        return current;
    }

    private void open() throws IOException {
        String name = config.prefix() + "-" + STAMP.format(clock.instant()) + "-" + String.format("%05d", serial++) + "-"
                + hostname + ".warc.gz";
        current = config.dir().resolve(name);
        channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of("newsline"));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        fields.put("hostname", List.of(hostname));
        writer.write(new Warcinfo.Builder().date(clock.instant()).filename(name).fields(fields).build());
    }

    private void finishCurrent() throws IOException {
        try {
            channel.force(true);
        } finally {
            writer.close();
            writer = null;
            channel = null;
        }
    }

    /** Forces the current file to disk and closes it. */
    @Override
    public synchronized void close() {
        if (writer == null) {
            return;
        }
        try {
            finishCurrent();
        } catch (IOException e) {
            throw new ArchiveException("cannot finish WARC file " + current + ": " + e.getMessage(), e);
        }
    }

    private static String localHostname() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.replaceAll("[^A-Za-z0-9.]", "_");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
