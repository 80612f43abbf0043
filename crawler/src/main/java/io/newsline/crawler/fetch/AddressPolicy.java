package io.newsline.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses the crawler refuses to connect to unless told otherwise: everything that is not the public
 * internet. Guards against a site (or a redirect, or a DNS answer) steering the crawler at the machine it runs
 * on, the local network, or a cloud metadata service.
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why {@code address} is refused, or empty when it is a public address. */
    public static Optional<String> refusal(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata lives here)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private-network address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return Optional.of("a 'this network' address (0.0.0.0/8)");
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
            }
            if (first >= 240) {
                return Optional.of("a reserved address (240.0.0.0/4)");
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique-local IPv6 address (fc00::/7)");
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
                return Optional.of("a link-local IPv6 address (fe80::/10)");
            }
            Optional<InetAddress> mapped = embeddedIpv4(b);
            if (mapped.isPresent()) {
                return refusal(mapped.get());
            }
        }
        return Optional.empty();
    }

    /** True when {@code address} is refused. */
    public static boolean isBlocked(InetAddress address) {
        return refusal(address).isPresent();
    }

    // ::ffff:a.b.c.d (IPv4-mapped) would otherwise slip past the IPv4 checks; Java usually converts these to
    // Inet4Address itself, but an explicit check costs nothing.
    private static Optional<InetAddress> embeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return Optional.empty();
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (java.net.UnknownHostException e) {
            return Optional.empty();
        }
    }
}
