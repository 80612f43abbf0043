package io.newsline.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Dns;

/**
 * A resolver for tests that never asks the network: it knows only the names it was given, and any other name is
 * not found. Together with {@link LoopbackOnlySockets} it keeps a fetcher under test from sending any packet but
 * to loopback, even when the guard is broken.
 */
final class OfflineDns implements Dns {
    private final Map<String, List<InetAddress>> known;

    private OfflineDns(Map<String, List<InetAddress>> known) {
        this.known = Map.copyOf(known);
    }

    /** Knows no name at all. */
    static OfflineDns empty() {
        return new OfflineDns(Map.of());
    }

    /** Knows {@code name} as {@code addresses} (literals). */
    static OfflineDns with(String name, String... addresses) {
        return new OfflineDns(Map.of(name, java.util.Arrays.stream(addresses).map(SpecialRange::literal).toList()));
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = known.get(hostname.toLowerCase(Locale.ROOT));
        if (addresses == null) {
            throw new UnknownHostException("the test resolver knows no " + hostname);
        }
        return addresses;
    }
}
