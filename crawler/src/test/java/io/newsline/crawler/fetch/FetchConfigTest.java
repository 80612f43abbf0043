package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        FetchConfig c = FetchConfig.defaults("0.1");

        assertThat(c.userAgent()).isEqualTo("Newsline/0.1 (news crawler; no contact given)");
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

    @Test
    void aContactThatAHeaderCannotCarryIsRefusedNamingTheCharacter() {
        FetchConfig d = FetchConfig.defaults("0.1");

        for (String contact : new String[] {"https://é.example/", "https://example.com/\r\nX: 1", "https://example.com/a b"}) {
            assertThatThrownBy(() -> new FetchConfig(d.product(), d.version(), contact, d.connectTimeout(), d.readTimeout(),
                    d.callTimeout(), d.maxRedirects(), d.maxBodyBytes(), d.resolve(), null, false))
                    .as(contact)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--contact");
        }
    }

    @Test
    void withoutAContactTheUserAgentSaysNoneWasGivenInsteadOfNamingAPlaceholderUrl() {
        String userAgent = FetchConfig.defaults("0.1").userAgent();

        assertThat(userAgent).isEqualTo("Newsline/0.1 (news crawler; no contact given)").doesNotContain("http");
    }

    @Test
    void aPrintableAsciiContactIsKeptAsGiven() {
        FetchConfig d = FetchConfig.defaults("0.1");

        FetchConfig c = new FetchConfig(d.product(), d.version(), "mailto:ops@example.com", d.connectTimeout(), d.readTimeout(),
                d.callTimeout(), d.maxRedirects(), d.maxBodyBytes(), d.resolve(), null, false);

        assertThat(c.userAgent()).isEqualTo("Newsline/0.1 (+mailto:ops@example.com)");
    }
}
