package io.newsline.crawler.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds small WARC files with jwarc in the shape Common Crawl's CC-NEWS uses: WARC/1.0, a warcinfo, then per page
 * a request, a response and a metadata record; pages from the newdaily test fixtures.
 */
final class CcNewsWarcs {
    static final String ORIGIN = "https://www.newdaily.co.kr";
    static final Instant DATE = Instant.parse("2025-01-26T03:04:05Z");

    private final WarcWriter writer;
    private Instant date = DATE;

    CcNewsWarcs(Path file, WarcCompression compression) throws IOException {
        this.writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), compression);
        writer.write(new Warcinfo.Builder().version(MessageVersion.WARC_1_0).date(DATE).filename(file.getFileName().toString())
                .fields(Map.of("software", List.of("StormCrawler 1.18 https://stormcrawler.net/"),
                        "isPartOf", List.of("CC-NEWS"), "format", List.of("WARC File Format 1.0")))
                .build());
    }

    /** The bytes of a newdaily fixture page (UTF-8). */
    static byte[] fixture(String file) {
        String name = "e2e/newdaily/__files/" + file;
        try (InputStream in = CcNewsWarcs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture re-encoded in {@code charset}, its meta charset saying so. */
    static byte[] fixtureIn(String file, Charset charset) {
        String html = new String(fixture(file), StandardCharsets.UTF_8).replace("<meta charset=\"utf-8\">",
                "<meta charset=\"" + charset.name() + "\">");
        return html.getBytes(charset);
    }

    /** The WARC date of the pages written next (default {@link #DATE}). */
    CcNewsWarcs at(Instant date) {
        this.date = date;
        return this;
    }

    /** The whole newdaily fixture page named like {@code path}'s last segment, as UTF-8 HTML. */
    CcNewsWarcs page(String path) throws IOException {
        return page(path, "text/html; charset=utf-8", fixture(path.substring(path.lastIndexOf('/') + 1)), Integer.MAX_VALUE);
    }

    /** Request, response (cut to {@code keep} bytes and marked WARC-Truncated when shorter) and metadata. */
    CcNewsWarcs page(String path, String contentType, byte[] body, int keep) throws IOException {
        URI uri = URI.create(ORIGIN + path);
        boolean truncated = keep < body.length;
        byte[] stored = truncated ? Arrays.copyOf(body, keep) : body;
        HttpResponse http = new HttpResponse.Builder(200, "OK").version(MessageVersion.HTTP_1_1)
                .addHeader("Content-Type", contentType)
                .body(null, stored).build();
        URI responseId = URI.create("urn:uuid:" + UUID.randomUUID());
        WarcResponse.Builder response = new WarcResponse.Builder(uri).version(MessageVersion.WARC_1_0).recordId(responseId)
                .date(date).body(http);
        if (truncated) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        writer.write(new WarcRequest.Builder(uri).version(MessageVersion.WARC_1_0).date(date).concurrentTo(responseId)
                .body(new HttpRequest.Builder("GET", path).addHeader("Host", "www.newdaily.co.kr").build()).build());
        writer.write(response.build());
        writer.write(new WarcMetadata.Builder().version(MessageVersion.WARC_1_0).targetURI(uri).date(date)
                .concurrentTo(responseId).body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII))
                .build());
        return this;
    }

    /** A revisit record (identical payload digest): no payload of its own. */
    CcNewsWarcs revisit(String path) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").body(null, new byte[0]).build();
        writer.write(new WarcRevisit.Builder(URI.create(ORIGIN + path), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0)
                .version(MessageVersion.WARC_1_0).date(DATE).body(http).build());
        return this;
    }

    long position() {
        return writer.position();
    }

    void close() throws IOException {
        writer.close();
    }
}
