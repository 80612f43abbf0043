package io.newsline.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.parser.profile.Politeness;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostQueueTest {
    private static final Instant NOW = Instant.parse("2025-01-24T05:00:00Z");
    // delay 1 s, maxCrawlDelay 60 s, 1 connection, maxFailures 3, backoff 2 s .. 5 min
    private final HostQueue q = new HostQueue("www.newdaily.co.kr", "newdaily",
            new Politeness(Duration.ofSeconds(1), null, 1, 3, Duration.ofSeconds(2), Duration.ofMinutes(5), null));
    private final PoliteScheduler.Task task = url -> HostFeedback.ok();

    private PoliteScheduler.Item item(String path, int attempt) {
        return new PoliteScheduler.Item("https://www.newdaily.co.kr" + path, task, attempt, java.time.Instant.EPOCH);
    }

    private HostQueue.Reaction feed(PoliteScheduler.Item item, HostFeedback feedback) {
        return q.afterFeedback(item, feedback, NOW, () -> 0.0, 3, false);
    }

    @Test
    void successWaitsTheDelayAndResetsFailures() {
        q.consecutiveFailures = 2;

        HostQueue.Reaction r = feed(item("/a", 1), HostFeedback.ok());

        assertThat(r).isEqualTo(HostQueue.Reaction.NONE);
        assertThat(q.consecutiveFailures).isZero();
        assertThat(q.nextAllowedAt).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void retryAfterIsHonouredUpToBackoffMaxAndTheUrlGoesFirst() {
        q.pending.add(item("/b", 1));

        HostQueue.Reaction r = feed(item("/a", 1), HostFeedback.retryAfter(Duration.ofHours(2), "HTTP 429"));

        assertThat(r.backoff()).isEqualTo(Duration.ofMinutes(5));
        assertThat(q.nextAllowedAt).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(q.pending.peekFirst()).as("queued again, now").isEqualTo(new PoliteScheduler.Item(item("/a", 2).url(), task, 2, NOW));
    }

    @Test
    void failuresBackOffExponentially() {
        assertThat(feed(item("/a", 1), HostFeedback.failure("timeout")).backoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(feed(item("/a", 2), HostFeedback.failure("timeout")).backoff()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void givesUpAUrlAfterMaxAttempts() {
        HostQueue.Reaction r = q.afterFeedback(item("/a", 3), HostFeedback.failure("HTTP 500"), NOW, () -> 0.0, 3, false);

        assertThat(r.dropped()).containsExactly("https://www.newdaily.co.kr/a");
        assertThat(r.dropReason()).isEqualTo("gave up after 3 attempts (last: HTTP 500)");
        assertThat(q.pending).isEmpty();
    }

    @Test
    void parksAfterMaxFailuresInARowDroppingTheQueue() {
        q.consecutiveFailures = 2;
        q.pending.add(item("/b", 1));

        HostQueue.Reaction r = feed(item("/a", 1), HostFeedback.failure("HTTP 503"));

        assertThat(q.isParked()).isTrue();
        assertThat(r.parkedReason()).isEqualTo("host www.newdaily.co.kr failed 3 times in a row (last: HTTP 503); parked for the rest of the run");
        assertThat(r.dropped()).containsExactly("https://www.newdaily.co.kr/a", "https://www.newdaily.co.kr/b");
        assertThat(q.canStart(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void usesCrawlDelayOnlyWhenLargerThanTheProfileDelay() {
        q.useCrawlDelay(java.util.Optional.of(Duration.ofMillis(500)));
        assertThat(q.delay).isEqualTo(Duration.ofSeconds(1));

        q.useCrawlDelay(java.util.Optional.of(Duration.ofSeconds(10)));
        assertThat(q.delay).isEqualTo(Duration.ofSeconds(10));
    }
}
