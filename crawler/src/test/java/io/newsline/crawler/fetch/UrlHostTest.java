package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlHostTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "0X7F000001, 127.0.0.1",
        "017700000001, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0177.1, 127.0.0.1",
        "0x7f.0.0.0x1, 127.0.0.1",
        "0x7f.0x0.0x0.0x1, 127.0.0.1",
        "00000177.0.0.1, 127.0.0.1",
        "169.254.43518, 169.254.169.254",
        "2852039166, 169.254.169.254",
        "0xa9fea9fe, 169.254.169.254",
        "0251.0376.0251.0376, 169.254.169.254",
        "169.0xfe.0xa9fe, 169.254.169.254",
        "10.1, 10.0.0.1",
        "0, 0.0.0.0",
        "0x, 0.0.0.0",
        "0.0x, 0.0.0.0",
        "1.2.3.4, 1.2.3.4",
        "4294967295, 255.255.255.255",
        "255.16777215, 255.255.255.255",
        "255.255.65535, 255.255.255.255",
    })
    void legacyIpv4FormsAreTheAddressABrowserConnectsTo(String host, String address) {
        UrlHost read = UrlHost.of(host);

        assertThat(read).isInstanceOf(UrlHost.Ip.class);
        assertThat(((UrlHost.Ip) read).address()).isEqualTo(SpecialRange.literal(address));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "::1, ::1",
        "[::1], ::1",
        "::7f00:1, ::127.0.0.1",
        "::ffff:127.0.0.1, 127.0.0.1",
        "64:ff9b::7f00:1, 64:ff9b::7f00:1",
        "2001:db8::1, 2001:db8::1",
    })
    void ipv6LiteralsAreAddresses(String host, String address) {
        UrlHost read = UrlHost.of(host);

        assertThat(read).isInstanceOf(UrlHost.Ip.class);
        assertThat(((UrlHost.Ip) read).address()).isEqualTo(SpecialRange.literal(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.newdaily.co.kr", "localhost", "1.2.3.example", "127.0.0.1.nip.io", "0x7f.example",
        "example.", "a1", "1a", "x.0xg", "ex.09a", "1.2.3.4.."})
    void hostsWhoseLastLabelIsNotANumberAreNames(String host) {
        assertThat(UrlHost.of(host)).isEqualTo(new UrlHost.Name(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4.5", "256.1.1.1", "1.256.1.1", "1.2.3.256", "1.2.65536", "4294967296",
        "08", "0x7g.1", "127..1", "example.08", "example.1", "0xffffffffff", "99999999999999999999999", "\u0661\u0662\u0667.1",
        "[::1", "::g", "1::2::3"})
    void aHostThatEndsInANumberButIsNoAddressIsInvalid(String host) {
        assertThat(UrlHost.of(host)).isInstanceOf(UrlHost.Invalid.class);
    }
}
