package io.newsline.crawler.politeness;

import io.newsline.crawler.fetch.FetchResult;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * What a task tells the {@link PoliteScheduler} about its host after one fetch, so the scheduler can adjust delays and
 * retries: the host answered ({@link Ok}), asked to be left alone for a while ({@link RetryAfter}), failed
 * ({@link Failure}: retried with exponential backoff, counts towards parking), or the URL is not worth retrying
 * ({@link NoRetry}: e.g. 404; the host itself is fine).
 */
public sealed interface HostFeedback {

    /** The host answered normally (2xx or 304). */
    record Ok() implements HostFeedback {
    }

    /** 429/503 with a usable {@code Retry-After}: the host wants {@code delay} before the next request. */
    record RetryAfter(Duration delay, String reason) implements HostFeedback {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** Timeout, connection error, 5xx, or 429/503 without {@code Retry-After}: back off and retry. */
    record Failure(String reason) implements HostFeedback {
    }

    /** Do not retry this URL (4xx other than 429, too large, refused redirect...); the host is not at fault. */
    record NoRetry(String reason) implements HostFeedback {
    }

    static HostFeedback ok() {
        return new Ok();
    }

    static HostFeedback retryAfter(Duration wait, String reason) {
        return new RetryAfter(wait, reason);
    }

    static HostFeedback failure(String reason) {
        return new Failure(reason);
    }

    static HostFeedback noRetry(String reason) {
        return new NoRetry(reason);
    }

    /**
     * The feedback a fetch result implies for the host of the requested URL; {@code now} dates an HTTP-date
     * {@code Retry-After}. When a redirect led to another host and that host failed or asked to wait, the requested
     * host answered well (with the redirect): {@link NoRetry}, so that it is neither delayed nor parked for a host
     * it does not control.
     */
    static HostFeedback of(FetchResult result, Instant now) {
        HostFeedback feedback = ofLastHop(result, now);
        if ((feedback instanceof Failure || feedback instanceof RetryAfter) && endedOnAnotherHost(result)) {
            return noRetry(result.message());
        }
        return feedback;
    }

    private static boolean endedOnAnotherHost(FetchResult result) {
        HttpUrl requested = HttpUrl.parse(result.requestedUrl());
        HttpUrl last = HttpUrl.parse(result.finalUrl());
        return requested != null && last != null && !requested.host().equals(last.host());
    }

    private static HostFeedback ofLastHop(FetchResult result, Instant now) {
        switch (result.outcome()) {
            case OK, NOT_MODIFIED:
                return ok();
            case HTTP_ERROR:
                int status = result.status();
                if (status == 429 || status == 503) {
                    Optional<Duration> wait = RetryAfterHeader.parse(result.retryAfter(), now);
                    return wait.isPresent() ? retryAfter(wait.get(), result.message()) : failure(result.message());
                }
                return status >= 500 ? failure(result.message()) : noRetry(result.message());
            case TIMEOUT, CONNECTION_ERROR, UNKNOWN_HOST, TLS_ERROR:
                return failure(result.message());
            default:
                return noRetry(result.message());
        }
    }
}
