package io.newsline.crawler.fetch;

import java.net.UnknownHostException;

/**
 * Thrown by {@link GuardedDns} when a host resolves to an address the SSRF guard refuses. It is an
 * {@link UnknownHostException} so OkHttp treats it as a failed lookup; {@link HttpFetcher} turns it into
 * {@link FetchOutcome#BLOCKED_PRIVATE_ADDRESS}.
 */
public final class BlockedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    public BlockedAddressException(String message) {
        super(message);
    }
}
