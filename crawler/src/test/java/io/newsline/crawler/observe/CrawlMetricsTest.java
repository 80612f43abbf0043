package io.newsline.crawler.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CrawlMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CrawlMetrics metrics = new CrawlMetrics(registry);

    @Test
    void politenessWaitsAreTimedPerHost() {
        metrics.waitedForTurn("www.a-news.test", "https://www.a-news.test/1", Duration.ZERO);
        metrics.waitedForTurn("www.a-news.test", "https://www.a-news.test/2", Duration.ofSeconds(10));
        metrics.waitedForTurn("www.b-news.test", "https://www.b-news.test/1", Duration.ofSeconds(3));

        Timer a = registry.get("newsline.politeness.wait").tag("host", "www.a-news.test").timer();
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.totalTime(TimeUnit.SECONDS)).isEqualTo(10.0);
        assertThat(registry.get("newsline.politeness.wait").tag("host", "www.b-news.test").timer().max(TimeUnit.SECONDS)).isEqualTo(3.0);
    }
}
