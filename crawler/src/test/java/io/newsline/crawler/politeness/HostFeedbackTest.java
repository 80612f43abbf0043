package io.newsline.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.fetch.FetchOutcome;
import io.newsline.crawler.fetch.FetchResult;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostFeedbackTest {
    private static final Instant NOW = Instant.parse("2025-01-24T05:00:00Z");

    private static FetchResult result(FetchOutcome outcome, int status, String retryAfter) {
        return new FetchResult("https://news.test/a", null, status, null, null, null, retryAfter, null, NOW,
                Duration.ZERO, null, outcome, null);
    }

    @Test
    void okAndNotModifiedAreOk() {
        assertThat(HostFeedback.of(result(FetchOutcome.OK, 200, null), NOW)).isInstanceOf(HostFeedback.Ok.class);
        assertThat(HostFeedback.of(result(FetchOutcome.NOT_MODIFIED, 304, null), NOW)).isInstanceOf(HostFeedback.Ok.class);
    }

    @Test
    void tooManyRequestsWithRetryAfterAsksForThatWait() {
        assertThat(HostFeedback.of(result(FetchOutcome.HTTP_ERROR, 429, "30"), NOW))
                .isEqualTo(new HostFeedback.RetryAfter(Duration.ofSeconds(30), "https://news.test/a: HTTP_ERROR"));
    }

    @Test
    void serverErrorsTimeoutsAndUnreadableRetryAfterAreFailures() {
        assertThat(HostFeedback.of(result(FetchOutcome.HTTP_ERROR, 503, null), NOW)).isInstanceOf(HostFeedback.Failure.class);
        assertThat(HostFeedback.of(result(FetchOutcome.HTTP_ERROR, 500, "30"), NOW)).isInstanceOf(HostFeedback.Failure.class);
        assertThat(HostFeedback.of(result(FetchOutcome.TIMEOUT, 0, null), NOW)).isInstanceOf(HostFeedback.Failure.class);
        assertThat(HostFeedback.of(result(FetchOutcome.CONNECTION_ERROR, 0, null), NOW)).isInstanceOf(HostFeedback.Failure.class);
    }

    @Test
    void clientErrorsAndRefusedFetchesAreNotRetried() {
        assertThat(HostFeedback.of(result(FetchOutcome.HTTP_ERROR, 404, null), NOW)).isInstanceOf(HostFeedback.NoRetry.class);
        assertThat(HostFeedback.of(result(FetchOutcome.HTTP_ERROR, 403, null), NOW)).isInstanceOf(HostFeedback.NoRetry.class);
        assertThat(HostFeedback.of(result(FetchOutcome.TOO_LARGE, 200, null), NOW)).isInstanceOf(HostFeedback.NoRetry.class);
        assertThat(HostFeedback.of(result(FetchOutcome.BLOCKED_PRIVATE_ADDRESS, 0, null), NOW)).isInstanceOf(HostFeedback.NoRetry.class);
    }

    private static FetchResult redirectedTo(String finalUrl, FetchOutcome outcome, int status, String retryAfter) {
        return new FetchResult("https://news.test/a", finalUrl, status, null, null, null, retryAfter, null, NOW,
                Duration.ZERO, java.util.List.of(finalUrl), outcome, null);
    }

    @Test
    void aRedirectTargetOnAnotherHostThatFailsIsNoFailureOfTheRequestedHost() {
        for (FetchOutcome outcome : new FetchOutcome[] {FetchOutcome.CONNECTION_ERROR, FetchOutcome.TIMEOUT,
                FetchOutcome.UNKNOWN_HOST, FetchOutcome.TLS_ERROR, FetchOutcome.BLOCKED_PRIVATE_ADDRESS}) {
            assertThat(HostFeedback.of(redirectedTo("https://cdn.other.test/a", outcome, 0, null), NOW)).as(outcome.name())
                    .isInstanceOf(HostFeedback.NoRetry.class);
        }
        assertThat(HostFeedback.of(redirectedTo("https://cdn.other.test/a", FetchOutcome.HTTP_ERROR, 503, null), NOW))
                .isInstanceOf(HostFeedback.NoRetry.class);
    }

    @Test
    void aRedirectTargetOnAnotherHostAskingToWaitDoesNotDelayTheRequestedHost() {
        assertThat(HostFeedback.of(redirectedTo("https://cdn.other.test/a", FetchOutcome.HTTP_ERROR, 429, "600"), NOW))
                .isInstanceOf(HostFeedback.NoRetry.class);
    }

    @Test
    void aRedirectTargetOnTheSameHostThatFailsIsAFailureOfThatHost() {
        assertThat(HostFeedback.of(redirectedTo("https://news.test/b", FetchOutcome.CONNECTION_ERROR, 0, null), NOW))
                .isInstanceOf(HostFeedback.Failure.class);
        assertThat(HostFeedback.of(redirectedTo("http://news.test:8080/b", FetchOutcome.TIMEOUT, 0, null), NOW))
                .isInstanceOf(HostFeedback.Failure.class);
    }
}
