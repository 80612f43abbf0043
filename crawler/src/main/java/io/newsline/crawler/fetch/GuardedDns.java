package io.newsline.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Dns;

/**
 * The crawler's name resolution: hosts with a {@code --resolve} mapping (for the port this instance serves) go to
 * the mapped address, unchecked; every other host is looked up by the system resolver and refused with a
 * {@link BlockedAddressException} when any of its addresses is internal (see {@link AddressPolicy}), unless
 * private addresses are allowed.
 */
final class GuardedDns implements Dns {
    private final Map<String, InetAddress> mapped;
    private final boolean allowPrivate;
    private final Dns system;

    GuardedDns(Map<String, InetAddress> mapped, boolean allowPrivate, Dns system) {
        this.mapped = Map.copyOf(mapped);
        this.allowPrivate = allowPrivate;
        this.system = system;
    }

    /** A resolver for connections to {@code port}: hosts mapped for that port by {@code entries} use their address. */
    static GuardedDns forPort(int port, List<ResolveEntry> entries, boolean allowPrivate) {
        Map<String, InetAddress> forPort = entries.stream()
                .filter(e -> e.port() == port)
                .collect(Collectors.toMap(ResolveEntry::host, ResolveEntry::address, (a, b) -> a));
        return new GuardedDns(forPort, allowPrivate, Dns.SYSTEM);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        InetAddress target = mapped.get(hostname.toLowerCase(Locale.ROOT));
        if (target != null) {
            return List.of(target);
        }
        List<InetAddress> addresses = system.lookup(hostname);
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                Optional<String> refusal = AddressPolicy.refusal(a);
                if (refusal.isPresent()) {
                    throw new BlockedAddressException(hostname + " resolves to " + a.getHostAddress() + ", " + refusal.get());
                }
            }
        }
        return addresses;
    }
}
