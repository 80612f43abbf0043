package io.newsline.crawler.fetch;

import io.newsline.parser.page.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one fetch produced. Always returned, never thrown: network problems are an {@link #outcome()} with a
 * one-line {@link #message()} naming the URL.
 *
 * @param requestedUrl  the URL asked for
 * @param finalUrl      the URL of the last hop (after redirects); equals requestedUrl when there were none
 * @param status        the HTTP status of the last response, or 0 when no response came
 * @param contentType   the {@code Content-Type} header of the last response, or null
 * @param etag          the {@code ETag} header, or null (on 304 the server may repeat it)
 * @param lastModified  the {@code Last-Modified} header as sent, or null
 * @param retryAfter    the raw {@code Retry-After} header (delta-seconds or an HTTP-date), or null
 * @param body          the body bytes, decompressed; empty unless the outcome is {@link FetchOutcome#OK}
 * @param fetchedAt     when the fetch started
 * @param elapsed       how long it took, redirects included
 * @param redirects     the URLs redirected to, in order (empty when none)
 * @param outcome       how it ended
 * @param message       one line for people, naming the URL (e.g. {@code https://x/a: HTTP 503})
 * @param exchange      the last hop's request and response headers as on the wire ({@link WireExchange#NONE} when
 *                      no response came)
 */
public record FetchResult(
        String requestedUrl,
        String finalUrl,
        int status,
        String contentType,
        String etag,
        String lastModified,
        String retryAfter,
        byte[] body,
        Instant fetchedAt,
        Duration elapsed,
        List<String> redirects,
        FetchOutcome outcome,
        String message,
        WireExchange exchange) {

    private static final byte[] EMPTY = new byte[0];

    public FetchResult {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        finalUrl = finalUrl == null ? requestedUrl : finalUrl;
        body = body == null ? EMPTY : body;
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
        redirects = redirects == null ? List.of() : List.copyOf(redirects);
        message = message == null ? requestedUrl + ": " + outcome : message;
        exchange = exchange == null ? WireExchange.NONE : exchange;
    }

    /** A result without the wire headers (tests, and fetches that never got a response). */
    public FetchResult(String requestedUrl, String finalUrl, int status, String contentType, String etag,
                       String lastModified, String retryAfter, byte[] body, Instant fetchedAt, Duration elapsed,
                       List<String> redirects, FetchOutcome outcome, String message) {
        this(requestedUrl, finalUrl, status, contentType, etag, lastModified, retryAfter, body, fetchedAt, elapsed,
                redirects, outcome, message, WireExchange.NONE);
    }

    /** True for {@link FetchOutcome#OK}: a fresh body is there. */
    public boolean isOk() {
        return outcome == FetchOutcome.OK;
    }

    /** True when the status is an HTTP error in the 5xx range. */
    public boolean isServerError() {
        return outcome == FetchOutcome.HTTP_ERROR && status >= 500;
    }

    /** The page for the parser: final URL, body, Content-Type and fetch time. Only meaningful when {@link #isOk()}. */
    public Page toPage() {
        return new Page(finalUrl, body, contentType, fetchedAt);
    }

    @Override
    public String toString() {
        return "FetchResult[" + message + ", " + body.length + " bytes, " + elapsed.toMillis() + " ms]";
    }
}
