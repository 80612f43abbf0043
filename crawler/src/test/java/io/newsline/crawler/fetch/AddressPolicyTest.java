package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void refusesInternalRanges() throws UnknownHostException {
        for (String blocked : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.254",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3",
                "224.0.0.1", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:10.0.0.1", "255.255.255.255")) {
            assertThat(AddressPolicy.isBlocked(ip(blocked))).as(blocked).isTrue();
        }
    }

    @Test
    void allowsPublicAddresses() throws UnknownHostException {
        for (String open : List.of("8.8.8.8", "172.32.0.1", "172.15.255.255", "100.63.255.255", "100.128.0.1",
                "211.43.203.10", "2606:4700::1111")) {
            assertThat(AddressPolicy.isBlocked(ip(open))).as(open).isFalse();
        }
    }

    @Test
    void guardedDnsRefusesAHostResolvingToAPrivateAddress() {
        GuardedDns dns = new GuardedDns(Map.of(), false, host -> List.of(ip("8.8.8.8"), ip("10.0.0.7")));

        assertThatThrownBy(() -> dns.lookup("intranet.example")).isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("intranet.example resolves to 10.0.0.7").hasMessageContaining("private");
    }

    @Test
    void guardedDnsSendsAMappedHostToItsAddressUnchecked() throws UnknownHostException {
        GuardedDns dns = new GuardedDns(Map.of("www.newdaily.test", ip("127.0.0.1")), false, host -> {
            throw new UnknownHostException(host);
        });

        assertThat(dns.lookup("WWW.newdaily.test")).containsExactly(ip("127.0.0.1"));
    }

    @Test
    void guardedDnsAllowsPrivateAddressesWhenTold() throws UnknownHostException {
        GuardedDns dns = new GuardedDns(Map.of(), true, host -> List.of(ip("10.0.0.7")));

        assertThat(dns.lookup("intranet.example")).containsExactly(ip("10.0.0.7"));
    }
}
