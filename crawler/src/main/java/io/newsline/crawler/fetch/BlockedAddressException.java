package io.newsline.crawler.fetch;

import java.net.UnknownHostException;

/**
 * Thrown when the SSRF guard refuses an address: by {@link GuardedDns} when a host resolves to one, by
 * {@link GuardedSockets} when a connection would go to one. It is an {@link UnknownHostException} so that a
 * {@link okhttp3.Dns} may throw it; {@link HttpFetcher} turns it into {@link FetchOutcome#BLOCKED_PRIVATE_ADDRESS}.
 */
public final class BlockedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    public BlockedAddressException(String message) {
        super(message);
    }
}
