package io.newsline.crawler.state;

import java.util.Objects;

/**
 * A record handed to Kafka but not yet known to be acknowledged. Written before the send, removed when the
 * broker acknowledges it (and the article's version is then committed). Pending entries left by a crash are
 * reconciled with the topic at the start of the next run, so an article version is neither lost nor sent twice.
 *
 * @param runId the run that sent it; its start offsets bound the topic scan of the reconciliation
 */
public record PendingPublication(String articleId, int version, String contentHash, String url, long runId) {
    public PendingPublication {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(url, "url");
    }
}
