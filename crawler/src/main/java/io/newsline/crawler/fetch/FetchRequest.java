package io.newsline.crawler.fetch;

import java.util.Objects;

/**
 * One URL to fetch. {@code etag} and {@code lastModified} are the validators of an earlier fetch, exactly as the
 * server sent them (null when unknown); when given, the fetch is conditional and may end
 * {@link FetchOutcome#NOT_MODIFIED}. {@code bodyLimit} is how much of the body is kept (by default the fetcher's
 * configured limit).
 */
public record FetchRequest(String url, String etag, String lastModified, Accept accept, BodyLimit bodyLimit) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        accept = accept == null ? Accept.ANY : accept;
        bodyLimit = bodyLimit == null ? BodyLimit.CONFIGURED : bodyLimit;
    }

    /** A fetch under the fetcher's configured body limit. */
    public FetchRequest(String url, String etag, String lastModified, Accept accept) {
        this(url, etag, lastModified, accept, BodyLimit.CONFIGURED);
    }

    /** An unconditional fetch. */
    public static FetchRequest of(String url, Accept accept) {
        return new FetchRequest(url, null, null, accept);
    }

    /** A conditional fetch with the validators of an earlier result (either may be null). */
    public static FetchRequest conditional(String url, String etag, String lastModified, Accept accept) {
        return new FetchRequest(url, etag, lastModified, accept);
    }

    /** A copy keeping at most what {@code limit} allows of the body. */
    public FetchRequest withBodyLimit(BodyLimit limit) {
        return new FetchRequest(url, etag, lastModified, accept, limit);
    }
}
