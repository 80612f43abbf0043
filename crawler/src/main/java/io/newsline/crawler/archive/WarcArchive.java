package io.newsline.crawler.archive;

import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.fetch.WireExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The {@link PageArchive} of {@code --warc DIR}: a fetched page becomes a {@code request} and a {@code response}
 * record (WARC 1.1, the response's date is the fetch time), written before anything is published from it; a
 * {@code metadata} record referring to the response then names what it produced ({@code newsline-article-id},
 * {@code newsline-article-version}, {@code newsline-outcome}).
 *
 * <p>The body is kept as the crawler received it after HTTP decoding: like Common Crawl, the response's
 * {@code Content-Encoding}, {@code Transfer-Encoding} and {@code Content-Length} are renamed
 * {@code X-Crawler-...} and a {@code Content-Length} of the stored body is set, so that any WARC reader reads the
 * body right.
 */
public final class WarcArchive implements PageArchive {
    /** Headers describing the bytes on the wire, which differ from the stored, decoded body. */
    private static final Set<String> WIRE_ONLY = Set.of("content-encoding", "transfer-encoding", "content-length");

    private final WarcFiles files;
    private final Clock clock;

    public WarcArchive(WarcConfig config, Clock clock) {
        this.files = new WarcFiles(config, clock);
        this.clock = clock;
    }

    @Override
    public Optional<URI> keep(FetchResult fetched) {
        URI responseId = URI.create("urn:uuid:" + UUID.randomUUID());
        URI target = URI.create(fetched.finalUrl());
        WireExchange wire = fetched.exchange();
        try {
            HttpResponse.Builder http = new HttpResponse.Builder(fetched.status(), wire.reason().isEmpty() ? "-" : wire.reason())
                    .version(MessageVersion.HTTP_1_1);
            boolean hasContentType = false;
            for (WireExchange.Header h : wire.responseHeaders()) {
                String lower = h.name().toLowerCase(Locale.ROOT);
                hasContentType |= lower.equals("content-type");
                http.addHeader(WIRE_ONLY.contains(lower) ? "X-Crawler-" + h.name() : h.name(), h.value());
            }
            if (!hasContentType && fetched.contentType() != null) {
                http.addHeader("Content-Type", fetched.contentType());
            }
            http.body(null, fetched.body());
            WarcResponse response = new WarcResponse.Builder(target)
                    .recordId(responseId)
                    .date(fetched.fetchedAt())
                    .body(http.build())
                    .build();
            HttpRequest.Builder request = new HttpRequest.Builder(wire.method(), requestTarget(target))
                    .version(MessageVersion.HTTP_1_1);
            for (WireExchange.Header h : wire.requestHeaders()) {
                request.addHeader(h.name(), h.value());
            }
            WarcRequest warcRequest = new WarcRequest.Builder(target)
                    .date(fetched.fetchedAt())
                    .concurrentTo(responseId)
                    .body(request.build())
                    .build();
            files.write(List.of(warcRequest, response));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the WARC records of " + fetched.finalUrl() + ": " + e.getMessage(), e);
        }
        return Optional.of(responseId);
    }

    @Override
    public void produced(URI responseId, String url, Outcome outcome, String articleId, int version) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("newsline-outcome", List.of(outcome.name().toLowerCase(Locale.ROOT)));
        if (articleId != null) {
            fields.put("newsline-article-id", List.of(articleId));
        }
        if (version > 0) {
            fields.put("newsline-article-version", List.of(Integer.toString(version)));
        }
        WarcMetadata metadata = new WarcMetadata.Builder()
                .targetURI(URI.create(url))
                .date(clock.instant())
                .addHeader("WARC-Refers-To", "<" + responseId + ">")
                .fields(fields)
                .build();
        files.write(List.of(metadata));
    }

    @Override
    public void close() {
        files.close();
    }

    private static String requestTarget(URI target) {
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }
}
