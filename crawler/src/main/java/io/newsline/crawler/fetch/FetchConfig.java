package io.newsline.crawler.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the {@link HttpFetcher} talks to servers. Every setting has its default here and only here.
 *
 * @param product                the User-Agent product token ({@code Newsline}); robots.txt rules are matched
 *                               against its lower-case form
 * @param version                the crawler version in the User-Agent ({@code 0.1})
 * @param contactUrl             where a site operator learns who crawls them, in the User-Agent; {@link #NO_CONTACT}
 *                               (empty) when whoever runs the crawler gave none, and the User-Agent then says so
 * @param connectTimeout         TCP + TLS connect limit (default 10 s)
 * @param readTimeout            limit of one read while waiting for bytes (default 20 s)
 * @param callTimeout            limit of the whole fetch, all redirects and the body included (default 60 s)
 * @param maxRedirects           redirects followed before giving up (default 5)
 * @param maxBodyBytes           largest body kept, counted after gzip decompression (default 10 MB)
 * @param resolve                curl-style {@code --resolve} mappings; their hosts may use private addresses
 * @param cacert                 a PEM file of CA certificates trusted in addition to the system ones, or null
 * @param allowPrivateAddresses  true to turn the SSRF guard off (fetching loopback/private/link-local addresses)
 */
public record FetchConfig(
        String product,
        String version,
        String contactUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxRedirects,
        long maxBodyBytes,
        List<ResolveEntry> resolve,
        Path cacert,
        boolean allowPrivateAddresses) {

    public static final String PRODUCT = "Newsline";
    /**
     * No contact given. Newsline has no public page that could stand in for the operator's, so the User-Agent says
     * plainly that none was given instead of naming a placeholder URL ({@code --contact} sets one).
     */
    public static final String NO_CONTACT = "";
    /** What the User-Agent says in place of a contact when none was given. */
    public static final String NO_CONTACT_NOTE = "news crawler; no contact given";
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final int MAX_REDIRECTS = 5;
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    public FetchConfig {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contactUrl, "contactUrl");
        if (!product.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
            throw new IllegalArgumentException("User-Agent product token must be a single HTTP token such as 'Newsline', got '" + product + "'");
        }
        (contactUrl.equals(NO_CONTACT) ? java.util.Optional.<String>empty() : contactProblem(contactUrl)).ifPresent(problem -> {
            throw new IllegalArgumentException("contactUrl (--contact) " + problem);
        });
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(callTimeout, "callTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + maxBodyBytes);
        }
        resolve = resolve == null ? List.of() : List.copyOf(resolve);
    }

    /**
     * Why {@code contact} cannot go into the User-Agent header, or empty when it can. A header carries printable
     * ASCII only: a non-ASCII character or a line break would make every request fail in the HTTP client.
     */
    public static java.util.Optional<String> contactProblem(String contact) {
        if (contact == null || contact.isBlank()) {
            return java.util.Optional.of("is empty; give a URL (or mailto:) where site operators can reach you");
        }
        for (int i = 0; i < contact.length(); i++) {
            char c = contact.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                        "'%s' cannot be sent in the User-Agent header: character U+%04X at position %d is not allowed; "
                                + "use printable ASCII without spaces or line breaks, percent-encoding anything else "
                                + "(e.g. https://example.com/%%ED%%95%%9C, or the punycode xn--... form of a host)",
                        contact.replaceAll("[\\r\\n]", "?"), (int) c, i + 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** The crawler's version, from the jar manifest when packaged ({@code 0.1.0} when run from classes). */
    public static String crawlerVersion() {
        String v = FetchConfig.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    /** The defaults for this build of the crawler ({@link #crawlerVersion()}). */
    public static FetchConfig defaults() {
        return defaults(crawlerVersion());
    }

    /** The defaults for crawler version {@code version}. */
    public static FetchConfig defaults(String version) {
        return new FetchConfig(PRODUCT, version, NO_CONTACT, CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT,
                MAX_REDIRECTS, MAX_BODY_BYTES, List.of(), null, false);
    }

    /**
     * The full User-Agent header: {@code Newsline/0.1 (+https://ops.example.com/crawler)}, or without a contact
     * {@code Newsline/0.1 (news crawler; no contact given)}.
     */
    public String userAgent() {
        return product + "/" + version + " (" + (contactUrl.equals(NO_CONTACT) ? NO_CONTACT_NOTE : "+" + contactUrl) + ")";
    }

    /** The token robots.txt groups are matched against ({@code newsline}). */
    public String robotsToken() {
        return product.toLowerCase(java.util.Locale.ROOT);
    }

    /** This config with the contact URL of the User-Agent replaced (checked like every contact URL). */
    public FetchConfig withContactUrl(String contact) {
        return new FetchConfig(product, version, contact, connectTimeout, readTimeout, callTimeout, maxRedirects, maxBodyBytes, resolve, cacert, allowPrivateAddresses);
    }

    public FetchConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new FetchConfig(product, version, contactUrl, connect, read, call, maxRedirects, maxBodyBytes, resolve, cacert, allowPrivateAddresses);
    }

    public FetchConfig withMaxBodyBytes(long max) {
        return new FetchConfig(product, version, contactUrl, connectTimeout, readTimeout, callTimeout, maxRedirects, max, resolve, cacert, allowPrivateAddresses);
    }

    public FetchConfig withResolve(List<ResolveEntry> entries) {
        return new FetchConfig(product, version, contactUrl, connectTimeout, readTimeout, callTimeout, maxRedirects, maxBodyBytes, entries, cacert, allowPrivateAddresses);
    }

    public FetchConfig withCacert(Path pemFile) {
        return new FetchConfig(product, version, contactUrl, connectTimeout, readTimeout, callTimeout, maxRedirects, maxBodyBytes, resolve, pemFile, allowPrivateAddresses);
    }

    public FetchConfig withAllowPrivateAddresses(boolean allow) {
        return new FetchConfig(product, version, contactUrl, connectTimeout, readTimeout, callTimeout, maxRedirects, maxBodyBytes, resolve, cacert, allow);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }
}
