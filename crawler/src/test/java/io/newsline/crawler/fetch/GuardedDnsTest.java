package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;

class GuardedDnsTest {
    /** A system resolver that must not be asked. */
    private static final Dns NEVER = host -> {
        throw new AssertionError("asked the system resolver for " + host);
    };

    private static InetAddress ip(String literal) {
        return SpecialRange.literal(literal);
    }

    @Test
    void refusesAHostResolvingToAPrivateAddress() {
        GuardedDns dns = new GuardedDns(Map.of(), false, host -> List.of(ip("8.8.8.8"), ip("10.0.0.7")));

        assertThatThrownBy(() -> dns.lookup("intranet.example")).isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("intranet.example resolves to 10.0.0.7").hasMessageContaining("private");
    }

    @Test
    void refusesAHostResolvingToANat64FormOfLoopback() {
        GuardedDns dns = new GuardedDns(Map.of(), false, host -> List.of(ip("64:ff9b::7f00:1")));

        assertThatThrownBy(() -> dns.lookup("rebind.example")).isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("NAT64 for 127.0.0.1").hasMessageContaining("loopback");
    }

    @Test
    void sendsAMappedHostToItsAddressUnchecked() throws UnknownHostException {
        GuardedDns dns = new GuardedDns(Map.of("www.newdaily.test", ip("127.0.0.1")), false, NEVER);

        assertThat(dns.lookup("WWW.newdaily.test")).containsExactly(ip("127.0.0.1"));
    }

    @Test
    void allowsPrivateAddressesWhenTold() throws UnknownHostException {
        GuardedDns dns = new GuardedDns(Map.of(), true, host -> List.of(ip("10.0.0.7")));

        assertThat(dns.lookup("intranet.example")).containsExactly(ip("10.0.0.7"));
    }

    @Test
    void refusesANumericHostAsTheAddressItDenotesWithoutAskingTheResolver() {
        GuardedDns dns = new GuardedDns(Map.of(), false, NEVER);

        for (String host : List.of("0x7f.1", "0177.0.0.1", "127.1.", "0xa9.0xfe.0xa9.0xfe", "012.1")) {
            assertThatThrownBy(() -> dns.lookup(host)).as(host).isInstanceOf(BlockedAddressException.class);
        }
    }

    @Test
    void readsANumericHostAsItsAddressWhenPrivateAddressesAreAllowed() throws UnknownHostException {
        GuardedDns dns = new GuardedDns(Map.of(), true, NEVER);

        assertThat(dns.lookup("0x7f.1")).containsExactly(ip("127.0.0.1"));
    }

    @Test
    void anInvalidNumericHostIsNotFoundWithoutAskingTheResolver() {
        GuardedDns dns = new GuardedDns(Map.of(), true, NEVER);

        assertThatThrownBy(() -> dns.lookup("1.2.3.4.5")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(BlockedAddressException.class).hasMessageContaining("not a valid host");
    }
}
