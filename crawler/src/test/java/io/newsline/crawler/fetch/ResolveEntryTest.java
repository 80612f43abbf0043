package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResolveEntryTest {

    @Test
    void parsesCurlStyleHostPortAddress() {
        ResolveEntry e = ResolveEntry.parse("WWW.Newdaily.co.kr:443:127.0.0.1");

        assertThat(e.host()).isEqualTo("www.newdaily.co.kr");
        assertThat(e.port()).isEqualTo(443);
        assertThat(e.address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(e.matches("www.newdaily.co.kr", 443)).isTrue();
        assertThat(e.matches("www.newdaily.co.kr", 80)).isFalse();
    }

    @Test
    void parsesBracketedIpv6Address() {
        assertThat(ResolveEntry.parse("news.test:8443:[::1]").address().isLoopbackAddress()).isTrue();
    }

    @Test
    void rejectsHostNameAsAddressWithTheExpectedForm() {
        assertThatThrownBy(() -> ResolveEntry.parse("news.test:443:localhost"))
                .hasMessageContaining("HOST:PORT:ADDRESS").hasMessageContaining("'localhost' is not an IP address");
        assertThatThrownBy(() -> ResolveEntry.parse("news.test:https:127.0.0.1")).hasMessageContaining("not a port number");
        assertThatThrownBy(() -> ResolveEntry.parse("news.test")).hasMessageContaining("HOST:PORT:ADDRESS");
    }
}
