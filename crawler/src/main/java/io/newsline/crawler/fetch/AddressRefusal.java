package io.newsline.crawler.fetch;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the SSRF guard refuses {@code address}: it lies in {@code range}, either directly or, when {@code embedding} is
 * present, through the IPv4 address that IPv6 form carries.
 */
public record AddressRefusal(InetAddress address, SpecialRange range, Optional<Ipv4Embedding> embedding) {

    public AddressRefusal {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(embedding, "embedding");
    }

    /**
     * One phrase for messages: {@code 127.0.0.1, a loopback address in 127.0.0.0/8}, or for an embedding
     * {@code 64:ff9b:0:0:0:0:7f00:1, NAT64 for 127.0.0.1, a loopback address in 127.0.0.0/8}.
     */
    public String describe() {
        String via = embedding.map(e -> ", " + e.description() + " for "
                + e.extract(address.getAddress()).map(InetAddress::getHostAddress).orElse("?")).orElse("");
        return address.getHostAddress() + via + ", " + range.description() + " in " + range.cidr();
    }

    @Override
    public String toString() {
        return describe();
    }
}
