package io.newsline.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterHeaderTest {
    private static final Instant NOW = Instant.parse("2025-01-24T05:00:00Z");

    @Test
    void readsDeltaSeconds() {
        assertThat(RetryAfterHeader.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfterHeader.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsHttpDateRelativeToNow() {
        assertThat(RetryAfterHeader.parse("Fri, 24 Jan 2025 05:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
    }

    @Test
    void treatsAPastDateAsNoWait() {
        assertThat(RetryAfterHeader.parse("Fri, 24 Jan 2025 04:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresAbsentOrGarbledValues() {
        assertThat(RetryAfterHeader.parse(null, NOW)).isEmpty();
        assertThat(RetryAfterHeader.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfterHeader.parse("-5", NOW)).isEmpty();
    }
}
