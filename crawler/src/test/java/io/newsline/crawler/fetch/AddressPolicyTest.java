package io.newsline.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "0.0.0.0, THIS_NETWORK", "0.1.2.3, THIS_NETWORK",
        "10.0.0.1, PRIVATE_10", "10.255.255.255, PRIVATE_10",
        "100.64.0.1, SHARED_CGNAT", "100.127.255.255, SHARED_CGNAT",
        "127.0.0.1, LOOPBACK", "127.8.9.10, LOOPBACK",
        "169.254.169.254, LINK_LOCAL", "169.254.0.1, LINK_LOCAL",
        "172.16.0.1, PRIVATE_172", "172.31.255.254, PRIVATE_172",
        "192.0.0.8, IETF_PROTOCOL", "192.0.2.1, TEST_NET_1", "192.88.99.1, RELAY_6TO4",
        "192.168.1.1, PRIVATE_192", "198.18.0.1, BENCHMARKING", "198.19.255.255, BENCHMARKING",
        "198.51.100.7, TEST_NET_2", "203.0.113.9, TEST_NET_3",
        "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST",
        "240.0.0.1, RESERVED", "255.255.255.255, RESERVED",
        "::, UNSPECIFIED_V6", "::1, LOOPBACK_V6", "100::1, DISCARD_V6", "64:ff9b:1::a00:1, LOCAL_NAT64",
        "2001:db8::1, DOCUMENTATION_V6", "fc00::1, UNIQUE_LOCAL", "fd12:3456::1, UNIQUE_LOCAL",
        "fe80::1, LINK_LOCAL_V6", "febf::1, LINK_LOCAL_V6", "fec0::1, SITE_LOCAL_V6", "ff02::1, MULTICAST_V6",
    })
    void refusesEverySpecialPurposeRange(String address, SpecialRange range) {
        Optional<AddressRefusal> refusal = AddressPolicy.refusal(SpecialRange.literal(address));

        assertThat(refusal).map(AddressRefusal::range).contains(range);
        assertThat(refusal).map(AddressRefusal::embedding).contains(Optional.empty());
    }

    @ParameterizedTest(name = "{0} carries {2} ({1})")
    @CsvSource({
        "::7f00:1, COMPATIBLE, LOOPBACK",
        "::a9fe:a9fe, COMPATIBLE, LINK_LOCAL",
        "::ffff:0:7f00:1, TRANSLATED, LOOPBACK",
        "::ffff:0:a00:1, TRANSLATED, PRIVATE_10",
        "64:ff9b::7f00:1, NAT64, LOOPBACK",
        "64:ff9b::a9fe:a9fe, NAT64, LINK_LOCAL",
        "64:ff9b::6440:1, NAT64, SHARED_CGNAT",
        "2002:7f00:1::, SIX_TO_FOUR, LOOPBACK",
        "2002:c0a8:101:1::1, SIX_TO_FOUR, PRIVATE_192",
        "2001:0:4136:e378:8000:63bf:80ff:fffe, TEREDO, LOOPBACK",
        "2001:0:4136:e378:8000:63bf:5601:5601, TEREDO, LINK_LOCAL",
    })
    void refusesIpv6FormsWhoseEmbeddedIpv4AddressIsRefused(String address, Ipv4Embedding form, SpecialRange range) {
        Optional<AddressRefusal> refusal = AddressPolicy.refusal(SpecialRange.literal(address));

        assertThat(refusal).map(AddressRefusal::range).contains(range);
        assertThat(refusal).map(AddressRefusal::embedding).contains(Optional.of(form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:169.254.169.254"})
    void refusesIpv4MappedAddressesAsTheirIpv4Address(String address) {
        assertThat(AddressPolicy.isBlocked(SpecialRange.literal(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.63.255.255", "100.128.0.1",
        "169.253.255.255", "169.255.0.1", "192.0.1.1", "192.0.3.1", "192.88.98.1", "198.17.255.255", "198.20.0.1",
        "203.0.112.1", "223.255.255.255", "211.43.203.10", "2606:4700::1111", "2001:4860:4860::8888",
        "64:ff9b::808:808", "2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7", "::ffff:8.8.8.8",
        "64:ff9b:2::1", "2001:db9::1", "fbff::1"})
    void allowsPublicAddresses(String address) {
        assertThat(AddressPolicy.refusal(SpecialRange.literal(address))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SpecialRange.class)
    void everyRangeRefusesItsOwnFirstAddress(SpecialRange range) {
        String first = range.cidr().substring(0, range.cidr().indexOf('/'));

        assertThat(AddressPolicy.refusal(SpecialRange.literal(first))).map(AddressRefusal::range).contains(range);
    }

    @org.junit.jupiter.api.Test
    void describesARefusalWithTheEmbeddedAddressAndTheRange() {
        AddressRefusal refusal = AddressPolicy.refusal(SpecialRange.literal("64:ff9b::7f00:1")).orElseThrow();

        assertThat(refusal.describe()).isEqualTo("64:ff9b:0:0:0:0:7f00:1, NAT64 for 127.0.0.1, a loopback address in 127.0.0.0/8");
    }
}
