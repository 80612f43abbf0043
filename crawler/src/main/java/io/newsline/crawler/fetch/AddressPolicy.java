package io.newsline.crawler.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses the crawler refuses to connect to unless told otherwise: every {@link SpecialRange} (loopback,
 * private, link-local and cloud metadata, CGNAT, documentation, benchmarking, multicast, reserved, the IPv6
 * equivalents), and every IPv6 form whose embedded IPv4 address ({@link Ipv4Embedding}: mapped, compatible,
 * translated, NAT64, 6to4, Teredo) lies in one. Guards against a site (or a redirect, or a DNS answer) steering the
 * crawler at the machine it runs on, the local network, or a cloud metadata service.
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why {@code address} is refused, or empty when it is a public address. */
    public static Optional<AddressRefusal> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<SpecialRange> direct = rangeOf(bytes);
        if (direct.isPresent()) {
            return Optional.of(new AddressRefusal(address, direct.get(), Optional.empty()));
        }
        if (address instanceof Inet4Address) {
            return Optional.empty();
        }
        for (Ipv4Embedding form : Ipv4Embedding.values()) {
            Optional<Inet4Address> inner = form.extract(bytes);
            if (inner.isPresent()) {
                Optional<SpecialRange> range = rangeOf(inner.get().getAddress());
                if (range.isPresent()) {
                    return Optional.of(new AddressRefusal(address, range.get(), Optional.of(form)));
                }
            }
        }
        return Optional.empty();
    }

    /** True when {@code address} is refused. */
    public static boolean isBlocked(InetAddress address) {
        return refusal(address).isPresent();
    }

    private static Optional<SpecialRange> rangeOf(byte[] address) {
        for (SpecialRange range : SpecialRange.values()) {
            if (range.contains(address)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }
}
