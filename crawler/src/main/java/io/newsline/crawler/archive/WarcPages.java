package io.newsline.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the HTML responses of one WARC file (gzip or not, WARC 1.0 or 1.1, any crawler's), one record at a time: a
 * page is handed on only once its payload is read whole, so a record cut short is never handed on. Other records
 * are counted by {@link ReplaySkip}. A place the file cannot be read past is a {@link WarcDamage}; reading resumes at
 * the next record start after it, if any.
 */
public final class WarcPages {
    /** What the reader says about each record it does not hand on. */
    public interface Skips {
        void skipped(ReplaySkip reason);

        /** A record was read (whatever became of it). */
        void read();
    }

    private final long maxBodyBytes;

    /** @param maxBodyBytes a payload above this is skipped ({@link ReplaySkip#TOO_LARGE}), so the heap stays bounded */
    public WarcPages(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Reads {@code file}, handing each HTML 200 response to {@code pages}; returns the places it was damaged, in file
     * order. After damage, reading goes on at the next record start {@link WarcResync} finds (the next gzip member
     * holding a WARC header, or the next {@code WARC/1.} line), so one bad record does not cost the rest of the file.
     */
    public List<WarcDamage> read(Path file, Consumer<ArchivedPage> pages, Skips skips) {
        List<WarcDamage> damage = new ArrayList<>();
        long start = 0;
        while (true) {
            Optional<Stop> stop = readFrom(file, start, pages, skips);
            if (stop.isEmpty()) {
                return damage;
            }
            Stop s = stop.get();
            OptionalLong next;
            try {
                next = WarcResync.nextRecord(file, s.offset() + 1, s.compression());
            } catch (IOException e) {
                next = OptionalLong.empty();
            }
            if (s.beforeAnyRecord() && !damage.isEmpty()) {
                // resumed at a start that does not read either: the same damaged region goes on
                WarcDamage region = damage.remove(damage.size() - 1);
                damage.add(new WarcDamage(file, region.offset(), region.problem(), next));
            } else {
                damage.add(new WarcDamage(file, s.offset(), s.problem(), next));
            }
            if (next.isEmpty()) {
                return damage;
            }
            start = next.getAsLong();
        }
    }

    /**
     * Where and why reading from one start offset stopped short of the end of the file: {@code offset} is the start of
     * the record being read (of the last one read when the next header could not be read).
     */
    private record Stop(long offset, String problem, WarcCompression compression, boolean beforeAnyRecord) {
    }

    private Optional<Stop> readFrom(Path file, long start, Consumer<ArchivedPage> pages, Skips skips) {
        long offset = start;
        boolean anyRecord = false;
        WarcCompression compression = WarcCompression.NONE;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            compression = reader.compression();
            while (true) {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                offset = reader.position(); // the start of the record next() read
                anyRecord = true;
                skips.read();
                WarcRecord record = next.get();
                if (record instanceof WarcRevisit) {
                    record.body().consume();
                    skips.skipped(ReplaySkip.REVISIT);
                } else if (!(record instanceof WarcResponse response)) {
                    record.body().consume();
                    skips.skipped(ReplaySkip.NOT_RESPONSE);
                } else {
                    Optional<ArchivedPage> page = pageOf(response, file, offset, skips);
                    if (page.isPresent()) {
                        try {
                            pages.accept(page.get());
                        } catch (RuntimeException e) {
                            throw new ConsumerFailed(e);
                        }
                    }
                }
            }
        } catch (ConsumerFailed e) {
            throw e.failure; // the consumer's own failure: not damage of the file
        } catch (IOException | RuntimeException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return Optional.of(new Stop(offset, problem, compression, !anyRecord));
        }
    }

    private Optional<ArchivedPage> pageOf(WarcResponse response, Path file, long offset, Skips skips) throws IOException {
        HttpResponse http = response.http();
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (http.status() != 200) {
            consumeWhole(response);
            skips.skipped(ReplaySkip.HTTP_STATUS);
            return Optional.empty();
        }
        if (!isHtml(contentType)) {
            consumeWhole(response);
            skips.skipped(ReplaySkip.NOT_HTML);
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                consumeWhole(response);
                skips.skipped(ReplaySkip.TOO_LARGE);
                return Optional.empty();
            }
        }
        consumeWhole(response);
        boolean truncated = response.truncated() != WarcTruncationReason.NOT_TRUNCATED;
        return Optional.of(new ArchivedPage(response.target(), http.status(), contentType, body, response.date(),
                truncated, file, offset));
    }

    /**
     * Reads the record to the end its Content-Length declares; a file ending before that is damage (a record cut
     * short, or a Content-Length longer than the record), so the page is not handed on.
     */
    private static void consumeWhole(WarcResponse response) throws IOException {
        response.body().consume();
        long read = response.body().position();
        long declared = response.body().size();
        if (read < declared) {
            throw new java.io.EOFException("the file ends " + (declared - read) + " bytes before the end of the "
                    + response.target() + " response record (Content-Length " + declared + ")");
        }
    }

    /** Carries a failure of the page consumer past the handler of damaged input. */
    private static final class ConsumerFailed extends RuntimeException {
        final RuntimeException failure;

        ConsumerFailed(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("text/html") || t.contains("application/xhtml");
    }
}
