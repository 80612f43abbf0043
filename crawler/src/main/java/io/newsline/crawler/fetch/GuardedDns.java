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
 * the mapped address, unchecked; a host that denotes an address ({@link UrlHost}: {@code 0x7f.1},
 * {@code 0177.0.0.1}, {@code 127.1.}...) is that address and never reaches DNS; every other host is looked up by
 * {@code system}. Unless private addresses are allowed, an address {@link AddressPolicy} refuses ends the lookup
 * with a {@link BlockedAddressException}. The sockets' own check ({@link GuardedSockets}) stays the guarantee;
 * this one fails earlier and names the host.
 *
 * <p>Deliberately without {@code equals}: OkHttp pools a connection per {@code Dns} instance, and
 * {@link HttpFetcher} relies on that to keep the connections of one client view away from the others.
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
    static GuardedDns forPort(int port, List<ResolveEntry> entries, boolean allowPrivate, Dns system) {
        Map<String, InetAddress> forPort = entries.stream()
                .filter(e -> e.port() == port)
                .collect(Collectors.toMap(ResolveEntry::host, ResolveEntry::address, (a, b) -> a));
        return new GuardedDns(forPort, allowPrivate, system);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        InetAddress target = mapped.get(hostname.toLowerCase(Locale.ROOT));
        if (target != null) {
            return List.of(target);
        }
        UrlHost host = UrlHost.of(hostname);
        if (host instanceof UrlHost.Invalid invalid) {
            throw new UnknownHostException(hostname + " is not a valid host: " + invalid.reason());
        }
        List<InetAddress> addresses = host instanceof UrlHost.Ip ip ? List.of(ip.address()) : system.lookup(hostname);
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                Optional<AddressRefusal> refusal = AddressPolicy.refusal(a);
                if (refusal.isPresent()) {
                    throw new BlockedAddressException(hostname + " resolves to " + refusal.get().describe());
                }
            }
        }
        return addresses;
    }
}
