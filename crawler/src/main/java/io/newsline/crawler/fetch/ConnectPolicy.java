package io.newsline.crawler.fetch;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one client view of {@link HttpFetcher} may open connections: any address {@link AddressPolicy} does not
 * refuse, plus exactly the {@code --resolve} targets of its port ({@code mapped}, address and port); anything at all
 * when private addresses are allowed.
 */
record ConnectPolicy(boolean allowPrivate, Set<InetSocketAddress> mapped) {

    ConnectPolicy {
        mapped = Set.copyOf(mapped);
    }

    /** The policy of the view serving {@code port}, which maps the hosts of that port's {@code entries}. */
    static ConnectPolicy forPort(int port, List<ResolveEntry> entries, boolean allowPrivate) {
        return new ConnectPolicy(allowPrivate, entries.stream().filter(e -> e.port() == port)
                .map(e -> new InetSocketAddress(e.address(), e.port())).collect(Collectors.toSet()));
    }

    /** Why a connection to {@code target} is refused, or empty when it may go ahead. */
    Optional<AddressRefusal> refusal(InetSocketAddress target) {
        if (allowPrivate || mapped.contains(target)) {
            return Optional.empty();
        }
        return AddressPolicy.refusal(target.getAddress());
    }
}
