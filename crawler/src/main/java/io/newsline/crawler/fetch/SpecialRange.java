package io.newsline.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address ranges the SSRF guard refuses, each with the reason a person reads. Taken from the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890 and successors): everything there that is not globally reachable,
 * plus multicast and the reserved 240.0.0.0/4. IPv6 forms that carry an IPv4 address are not listed here; they are
 * unwrapped by {@link Ipv4Embedding} and their IPv4 address is checked against the IPv4 rows.
 */
public enum SpecialRange {
    THIS_NETWORK("0.0.0.0/8", "a 'this network' address"),
    PRIVATE_10("10.0.0.0/8", "a private-network address"),
    SHARED_CGNAT("100.64.0.0/10", "a carrier-grade NAT address"),
    LOOPBACK("127.0.0.0/8", "a loopback address"),
    LINK_LOCAL("169.254.0.0/16", "a link-local or cloud metadata address"),
    PRIVATE_172("172.16.0.0/12", "a private-network address"),
    IETF_PROTOCOL("192.0.0.0/24", "an IETF protocol assignment"),
    TEST_NET_1("192.0.2.0/24", "a documentation address"),
    RELAY_6TO4("192.88.99.0/24", "a 6to4 relay anycast address"),
    PRIVATE_192("192.168.0.0/16", "a private-network address"),
    BENCHMARKING("198.18.0.0/15", "a benchmarking address"),
    TEST_NET_2("198.51.100.0/24", "a documentation address"),
    TEST_NET_3("203.0.113.0/24", "a documentation address"),
    MULTICAST("224.0.0.0/4", "a multicast address"),
    RESERVED("240.0.0.0/4", "a reserved or broadcast address"),

    UNSPECIFIED_V6("::/128", "an unspecified address"),
    LOOPBACK_V6("::1/128", "a loopback address"),
    DISCARD_V6("100::/64", "a discard-only address"),
    LOCAL_NAT64("64:ff9b:1::/48", "a local-use NAT64 address"),
    DOCUMENTATION_V6("2001:db8::/32", "a documentation address"),
    UNIQUE_LOCAL("fc00::/7", "a unique-local address"),
    LINK_LOCAL_V6("fe80::/10", "a link-local address"),
    SITE_LOCAL_V6("fec0::/10", "a site-local address"),
    MULTICAST_V6("ff00::/8", "a multicast address");

    private final String cidr;
    private final String description;
    private final byte[] prefix;
    private final int bits;

    SpecialRange(String cidr, String description) {
        this.cidr = cidr;
        this.description = description;
        int slash = cidr.indexOf('/');
        this.prefix = literal(cidr.substring(0, slash)).getAddress();
        this.bits = Integer.parseInt(cidr.substring(slash + 1));
    }

    /** The range in CIDR notation, e.g. {@code 127.0.0.0/8}. */
    public String cidr() {
        return cidr;
    }

    /** What an address in this range is, for messages: {@code a loopback address}. */
    public String description() {
        return description;
    }

    /** True when {@code address} (4 or 16 bytes) lies in this range; an address of the other family never does. */
    boolean contains(byte[] address) {
        return prefixMatches(prefix, bits, address);
    }

    /** True when the first {@code bits} bits of {@code address} are those of {@code prefix} (same length). */
    static boolean prefixMatches(byte[] prefix, int bits, byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[whole] & mask) == (prefix[whole] & mask);
    }

    /** An address written as a literal in this file; brackets make the JDK parse IPv6 without any lookup. */
    static InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text.contains(":") ? "[" + text + "]" : text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + text, e);
        }
    }
}
