package io.newsline.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the HTML responses of one WARC file (gzip or not, WARC 1.0 or 1.1, any crawler's), one record at a time: a
 * page is handed on only once its payload is read whole, so a record cut short is never handed on. Other records
 * are counted by {@link ReplaySkip}. The first place the file cannot be read past ends it, as a {@link WarcDamage}.
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

    /** Reads {@code file}, handing each HTML 200 response to {@code pages}; returns the damage that ended it, if any. */
    public Optional<WarcDamage> read(Path file, Consumer<ArchivedPage> pages, Skips skips) {
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                skips.read();
                WarcRecord record = next.get();
                if (record instanceof WarcRevisit) {
                    skips.skipped(ReplaySkip.REVISIT);
                } else if (!(record instanceof WarcResponse response)) {
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
            return Optional.of(new WarcDamage(file, offset, problem));
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
