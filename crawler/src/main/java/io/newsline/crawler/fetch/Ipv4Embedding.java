package io.newsline.crawler.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IPv6 ranges whose addresses carry an IPv4 address that a host, a translator or a tunnel may end up reaching: the
 * SSRF guard checks that IPv4 address as if it had been named directly, so {@code [::7f00:1]} or
 * {@code [64:ff9b::a9fe:a9fe]} are no way around it.
 */
public enum Ipv4Embedding {
    /** {@code ::ffff:0:0/96}, RFC 4291: the IPv4 address in the last 32 bits. */
    MAPPED("::ffff:0:0/96", "IPv4-mapped", 12, false),
    /** {@code ::/96}, RFC 4291 (deprecated, still routed by some stacks): the last 32 bits. */
    COMPATIBLE("::/96", "IPv4-compatible", 12, false),
    /** {@code ::ffff:0:0:0/96}, RFC 2765 (SIIT): the last 32 bits. */
    TRANSLATED("::ffff:0:0:0/96", "IPv4-translated", 12, false),
    /** {@code 64:ff9b::/96}, RFC 6052: a NAT64 gateway connects to the last 32 bits. */
    NAT64("64:ff9b::/96", "NAT64", 12, false),
    /** {@code 2002::/16}, RFC 3056: the 6to4 tunnel end point in bits 16 to 47. */
    SIX_TO_FOUR("2002::/16", "6to4", 2, false),
    /** {@code 2001::/32}, RFC 4380: the Teredo client, the last 32 bits with every bit flipped. */
    TEREDO("2001::/32", "Teredo", 12, true);

    private final String cidr;
    private final String description;
    private final byte[] prefix;
    private final int bits;
    private final int offset;
    private final boolean inverted;

    Ipv4Embedding(String cidr, String description, int offset, boolean inverted) {
        this.cidr = cidr;
        this.description = description;
        int slash = cidr.indexOf('/');
        this.prefix = SpecialRange.literal(cidr.substring(0, slash)).getAddress();
        this.bits = Integer.parseInt(cidr.substring(slash + 1));
        this.offset = offset;
        this.inverted = inverted;
    }

    /** The range in CIDR notation, e.g. {@code 64:ff9b::/96}. */
    public String cidr() {
        return cidr;
    }

    /** The name of the form for messages, e.g. {@code NAT64}. */
    public String description() {
        return description;
    }

    /** The IPv4 address {@code ipv6} (16 bytes) carries in this form, or empty when it is not of this form. */
    Optional<Inet4Address> extract(byte[] ipv6) {
        if (!SpecialRange.prefixMatches(prefix, bits, ipv6)) {
            return Optional.empty();
        }
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (inverted ? ~ipv6[offset + i] : ipv6[offset + i]);
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
