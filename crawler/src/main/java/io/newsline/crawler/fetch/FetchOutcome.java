package io.newsline.crawler.fetch;

/** How a fetch ended. Only {@link #OK} carries a body. */
public enum FetchOutcome {
    /** 2xx: the body is there. */
    OK,
    /** 304 on a conditional fetch: the earlier copy is still good; no body. */
    NOT_MODIFIED,
    /** The server answered 4xx or 5xx (or an unusable 3xx); see the status. */
    HTTP_ERROR,
    /** The body was larger than the limit (after decompression); nothing is kept. */
    TOO_LARGE,
    /** More redirects than the limit. */
    TOO_MANY_REDIRECTS,
    /** A redirect led back to a URL already visited in this fetch. */
    REDIRECT_LOOP,
    /** A redirect without a usable Location, or to a scheme other than http/https. */
    BAD_REDIRECT,
    /** The host (or a redirect target) resolves to a loopback, private, link-local or otherwise internal address. */
    BLOCKED_PRIVATE_ADDRESS,
    /** Connect, read or the whole-call time limit ran out. */
    TIMEOUT,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** The TLS handshake failed (untrusted or mismatched certificate, protocol error). */
    TLS_ERROR,
    /** The connection was refused, reset or broke. */
    CONNECTION_ERROR,
    /** The URL is not an absolute http(s) URL. */
    INVALID_URL
}
