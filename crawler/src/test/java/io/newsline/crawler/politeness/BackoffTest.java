package io.newsline.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(5);

    @Test
    void doublesPerFailureWithoutJitter() {
        assertThat(Backoff.after(1, BASE, MAX, () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.after(2, BASE, MAX, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.after(5, BASE, MAX, () -> 0.0)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void addsUpToAQuarterOfJitter() {
        assertThat(Backoff.after(3, BASE, MAX, () -> 0.999)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    }

    @Test
    void isCappedAtTheMaximum() {
        assertThat(Backoff.after(9, BASE, MAX, () -> 0.999)).isEqualTo(MAX);
        assertThat(Backoff.after(200, BASE, MAX, () -> 0.5)).isEqualTo(MAX);
    }
}
