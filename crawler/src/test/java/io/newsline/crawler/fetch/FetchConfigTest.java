package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        FetchConfig c = FetchConfig.defaults("0.1");

        assertThat(c.userAgent()).isEqualTo("Newsline/0.1 (+https://github.com/newsline/newsline)");
        assertThat(c.robotsToken()).isEqualTo("newsline");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.maxRedirects()).isEqualTo(5);
        assertThat(c.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.allowPrivateAddresses()).isFalse();
        assertThat(c.resolve()).isEmpty();
        assertThat(c.cacert()).isNull();
    }
}
