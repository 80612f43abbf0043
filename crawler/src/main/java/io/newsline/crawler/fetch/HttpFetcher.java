package io.newsline.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Fetches URLs over HTTP(S) with one shared OkHttp client. Thread-safe; build one per run and close it at the end.
 *
 * <p>Redirects are followed here, hop by hop, so that each hop is checked: http/https only, no loops, at most
 * {@link FetchConfig#maxRedirects()}, and no internal addresses: every socket checks its target address when it
 * connects ({@link GuardedSockets}), whatever form the URL's host took, and before that a host that denotes an
 * address ({@link UrlHost}) is refused here and a name resolving to one in {@link GuardedDns}, with a message that
 * names the host. OkHttp's transparent gzip stays on; the body is read through a limit so a gzip bomb or an endless
 * stream ends as {@link FetchOutcome#TOO_LARGE} or {@link FetchOutcome#TIMEOUT} without filling memory.
 * {@link #fetch} never throws for network problems.
 *
 * <p>Keep-alive connections stay idle in the pool for at most {@link #POOL_IDLE}, below the 5 s after which
 * Apache closes them by default; a server may still close one sooner. Such a stale connection is only found out
 * when a request is sent on it and no answer comes back, so a GET that fails that way on a pooled connection,
 * before any byte of a response, is sent again on another connection (at most {@link #MAX_STALE_RETRIES} times).
 * A failure on a connection the call opened itself, a timeout, or one after the response began is final.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final int READ_CHUNK = 64 * 1024;
    /** How long an idle keep-alive connection is kept: below Apache's default KeepAliveTimeout of 5 s. */
    static final Duration POOL_IDLE = Duration.ofSeconds(4);
    /** How many pooled connections one fetch may find stale before it reports the failure. */
    static final int MAX_STALE_RETRIES = 2;
    private static final int POOL_MAX_IDLE = 5;
    private static final String PRIVATE_HINT =
            " (map the host with --resolve or allow private addresses if this is intended)";

    private final FetchConfig config;
    private final Clock clock;
    private final View base;
    /** Views of the base client (same pool and dispatcher) that apply the --resolve entries of one port. */
    private final Map<Integer, View> resolvingViews = new HashMap<>();

    /** One OkHttp client and the policy its sockets enforce. */
    private record View(OkHttpClient client, ConnectPolicy policy) {
    }

    public HttpFetcher(FetchConfig config) {
        this(config, Clock.systemUTC());
    }

    public HttpFetcher(FetchConfig config, Clock clock) {
        this(config, clock, SocketFactory.getDefault(), Dns.SYSTEM);
    }

    /**
     * Tests pass sockets that can only reach loopback and a resolver that never asks the network, so that a broken
     * guard cannot send a packet anywhere else.
     */
    HttpFetcher(FetchConfig config, Clock clock, SocketFactory sockets, Dns system) {
        this.config = config;
        this.clock = clock;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                // Retries of stale pooled connections are ours (see fetch): OkHttp's would also resend after other failures.
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(POOL_MAX_IDLE, POOL_IDLE.toMillis(), TimeUnit.MILLISECONDS))
                .eventListenerFactory(ConnectionTrace.FACTORY)
                // A proxy would connect for us, out of the guard's sight (a SOCKS one even bypasses the socket factory).
                .proxy(Proxy.NO_PROXY);
        if (config.cacert() != null) {
            ExtraTrust trust = ExtraTrust.withPemFile(config.cacert());
            builder.sslSocketFactory(trust.socketFactory(), trust.trustManager());
        }
        boolean allowPrivate = config.allowPrivateAddresses();
        ConnectPolicy publicOnly = new ConnectPolicy(allowPrivate, Set.of());
        this.base = new View(builder.socketFactory(new GuardedSockets(sockets, publicOnly))
                .dns(GuardedDns.forPort(-1, List.of(), allowPrivate, system)).build(), publicOnly);
        // The views share the base client's connection pool. OkHttp hands a pooled connection only to a call whose
        // Address is equal in everything but the host (RealConnection.isEligible -> Address.equalsNonHost), and
        // that comparison includes the Dns by identity (not the socket factory): every view has a GuardedDns of its
        // own, so a connection one view opened to a mapped private address never serves another view or the base
        // client, and the base client's connections never serve a view. (OkHttp 5: Address.kt, RealConnection.kt.)
        for (ResolveEntry entry : config.resolve()) {
            resolvingViews.computeIfAbsent(entry.port(), port -> {
                ConnectPolicy policy = ConnectPolicy.forPort(port, config.resolve(), allowPrivate);
                return new View(base.client().newBuilder()
                        .socketFactory(new GuardedSockets(sockets, policy))
                        .dns(GuardedDns.forPort(port, config.resolve(), allowPrivate, system))
                        .build(), policy);
            });
        }
    }

    /** The settings this fetcher was built with. */
    public FetchConfig config() {
        return config;
    }

    /** Fetches {@code request}, following redirects; every problem is a result, never an exception. */
    public FetchResult fetch(FetchRequest request) {
        Attempt attempt = new Attempt(request, clock.instant(), System.nanoTime());
        HttpUrl url = HttpUrl.parse(request.url());
        if (url == null) {
            return attempt.end(FetchOutcome.INVALID_URL, 0, null,
                    request.url() + ": not an absolute http or https URL");
        }
        if (UrlHost.of(url.host()) instanceof UrlHost.Invalid invalid) {
            return attempt.end(FetchOutcome.INVALID_URL, 0, null,
                    request.url() + ": host '" + url.host() + "' is not valid: " + invalid.reason());
        }
        Set<String> visited = new HashSet<>();
        visited.add(url.toString());
        while (true) {
            attempt.current = url;
            HttpUrl target = withDottedHost(url);
            View view = viewFor(target);
            Optional<AddressRefusal> refusal = literalAddressRefusal(view, target);
            if (refusal.isPresent()) {
                return attempt.end(FetchOutcome.BLOCKED_PRIVATE_ADDRESS, 0, null, attempt.describe()
                        + ": refused to connect to " + url.host() + " (" + refusal.get().describe() + ")" + PRIVATE_HINT);
            }
            long remainingMs = config.callTimeout().toMillis() - attempt.elapsed().toMillis();
            if (remainingMs <= 0) {
                return attempt.timedOut();
            }
            ConnectionTrace trace = new ConnectionTrace();
            Call call = view.client().newCall(requestFor(target, request, trace));
            call.timeout().timeout(remainingMs, TimeUnit.MILLISECONDS);
            Response response;
            try {
                response = call.execute();
            } catch (IOException e) {
                if (isStale(trace, call, e) && attempt.staleRetries < MAX_STALE_RETRIES) {
                    // The server closed the pooled connection while it was idle; OkHttp no longer offers it.
                    attempt.staleRetries++;
                    continue;
                }
                return failure(attempt, call, e);
            }
            try (response) {
                int status = response.code();
                if (isRedirect(status)) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : url.resolve(location);
                    if (next == null) {
                        return attempt.end(FetchOutcome.BAD_REDIRECT, status, response, attempt.describe()
                                + ": HTTP " + status + " redirect without a usable http(s) Location ("
                                + (location == null ? "none" : "'" + location + "'") + ")");
                    }
                    if (UrlHost.of(next.host()) instanceof UrlHost.Invalid invalid) {
                        return attempt.end(FetchOutcome.BAD_REDIRECT, status, response, attempt.describe()
                                + ": HTTP " + status + " redirect to '" + location + "', whose host is not valid: "
                                + invalid.reason());
                    }
                    if (attempt.redirects.size() >= config.maxRedirects()) {
                        return attempt.end(FetchOutcome.TOO_MANY_REDIRECTS, status, response, attempt.describe()
                                + ": more than " + config.maxRedirects() + " redirects");
                    }
                    attempt.redirects.add(next.toString());
                    if (!visited.add(next.toString())) {
                        return attempt.end(FetchOutcome.REDIRECT_LOOP, status, response, attempt.describe()
                                + ": redirect loop");
                    }
                    url = next;
                    continue;
                }
                if (status == 304) {
                    return attempt.end(FetchOutcome.NOT_MODIFIED, status, response, attempt.describe() + ": not modified");
                }
                if (status < 200 || status >= 300) {
                    return attempt.end(FetchOutcome.HTTP_ERROR, status, response, attempt.describe() + ": HTTP " + status);
                }
                return readBody(attempt, response);
            } catch (IOException e) {
                return failure(attempt, call, e);
            }
        }
    }

    private FetchResult readBody(Attempt attempt, Response response) throws IOException {
        BodyLimit limit = attempt.request.bodyLimit().resolve(config.maxBodyBytes());
        long max = limit.maxBytes();
        boolean truncate = limit.overflow() == BodyLimit.Overflow.TRUNCATE;
        ResponseBody body = response.body();
        if (!truncate && body.contentLength() > max) {
            return attempt.tooLarge(response, "declares " + body.contentLength() + " bytes", max);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        // Read at most max + 1 bytes: enough to know the body is too large without holding more of it.
        while (buffer.size() <= max) {
            long read = source.read(buffer, Math.min(READ_CHUNK, max + 1 - buffer.size()));
            if (read == -1) {
                attempt.body = buffer.readByteArray();
                return attempt.end(FetchOutcome.OK, response.code(), response,
                        attempt.describe() + ": HTTP " + response.code() + ", " + attempt.body.length + " bytes");
            }
        }
        if (truncate) {
            attempt.body = buffer.readByteArray(max);
            return attempt.end(FetchOutcome.OK, response.code(), response,
                    attempt.describe() + ": HTTP " + response.code() + ", first " + max + " bytes of a larger body");
        }
        return attempt.tooLarge(response, "sent more than that", max);
    }

    private FetchResult failure(Attempt attempt, Call call, IOException e) {
        String where = attempt.describe();
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        BlockedAddressException blocked = find(e, BlockedAddressException.class);
        if (blocked != null) {
            return attempt.end(FetchOutcome.BLOCKED_PRIVATE_ADDRESS, 0, null, where + ": " + blocked.getMessage() + PRIVATE_HINT);
        }
        boolean outOfTime = attempt.elapsed().compareTo(config.callTimeout()) >= 0 || call.isCanceled();
        if (outOfTime || e instanceof InterruptedIOException || find(e, SocketTimeoutException.class) != null) {
            return attempt.timedOut();
        }
        if (find(e, UnknownHostException.class) != null) {
            return attempt.end(FetchOutcome.UNKNOWN_HOST, 0, null, where + ": host " + attempt.current.host() + " not found");
        }
        if (find(e, SSLException.class) != null) {
            return attempt.end(FetchOutcome.TLS_ERROR, 0, null, where + ": TLS failed: " + reason
                    + " (use --cacert to trust a private CA)");
        }
        if (find(e, ConnectException.class) != null) {
            return attempt.end(FetchOutcome.CONNECTION_ERROR, 0, null, where + ": connection refused or unreachable: " + reason);
        }
        return attempt.end(FetchOutcome.CONNECTION_ERROR, 0, null, where + ": connection failed: " + reason);
    }

    /** The view of a URL whose host and port a --resolve entry maps, the base client for every other URL. */
    private View viewFor(HttpUrl url) {
        for (ResolveEntry entry : config.resolve()) {
            if (entry.matches(url.host(), url.port())) {
                return resolvingViews.get(entry.port());
            }
        }
        return base;
    }

    /**
     * True when {@code e} ended a call on a connection taken from the pool, before any response, and not by running
     * out of time: the mark of a keep-alive connection the server had closed.
     */
    private static boolean isStale(ConnectionTrace trace, Call call, IOException e) {
        return trace.reusedPooledConnection() && !call.isCanceled() && find(e, InterruptedIOException.class) == null
                && find(e, BlockedAddressException.class) == null;
    }

    private Request requestFor(HttpUrl url, FetchRequest fetch, ConnectionTrace trace) {
        Request.Builder builder = new Request.Builder()
                .url(url)
                .tag(ConnectionTrace.class, trace)
                .header("User-Agent", config.userAgent())
                .header("Accept", fetch.accept().header());
        if (fetch.etag() != null && isHeaderSafe(fetch.etag())) {
            builder.header("If-None-Match", fetch.etag());
        }
        if (fetch.lastModified() != null && isHeaderSafe(fetch.lastModified())) {
            builder.header("If-Modified-Since", fetch.lastModified());
        }
        return builder.build();
    }

    /**
     * {@code url} with a numeric host in any legacy form ({@code 2130706433}, {@code 0x7f.1}) written as the dotted
     * quad it denotes, as a browser's URL parser writes it. OkHttp would read such a host itself: with
     * {@link InetAddress#getByName}, which takes {@code 0177.0.0.1} as 177.0.0.1 and sends {@code 127.0.0.1.} or
     * {@code 017700000001} to the system resolver. Given the dotted form it connects to the address checked here.
     */
    private static HttpUrl withDottedHost(HttpUrl url) {
        if (UrlHost.of(url.host()) instanceof UrlHost.Ip ip && ip.address() instanceof Inet4Address
                && !url.host().equals(ip.address().getHostAddress())) {
            return url.newBuilder().host(ip.address().getHostAddress()).build();
        }
        return url;
    }

    /**
     * A host that denotes an address in any form ({@code 2130706433}, {@code 127.1}, {@code [::7f00:1]}) is checked
     * here, before OkHttp, which connects to such hosts without asking the Dns; the socket check would refuse it
     * too, but this message names the host as the page wrote it.
     */
    private static Optional<AddressRefusal> literalAddressRefusal(View view, HttpUrl url) {
        if (UrlHost.of(url.host()) instanceof UrlHost.Ip ip) {
            return view.policy().refusal(new InetSocketAddress(ip.address(), url.port()));
        }
        return Optional.empty();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isHeaderSafe(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            for (Throwable s : t.getSuppressed()) {
                if (type.isInstance(s)) {
                    return type.cast(s);
                }
            }
        }
        return null;
    }

    /** Closes idle connections and stops OkHttp's threads. */
    @Override
    public void close() {
        base.client().dispatcher().executorService().shutdown();
        base.client().connectionPool().evictAll();
    }

    /** The state of one {@link #fetch} call while it hops. */
    private final class Attempt {
        final FetchRequest request;
        final Instant startedAt;
        final long startNanos;
        final List<String> redirects = new ArrayList<>();
        int staleRetries;
        HttpUrl current;
        byte[] body;

        Attempt(FetchRequest request, Instant startedAt, long startNanos) {
            this.request = request;
            this.startedAt = startedAt;
            this.startNanos = startNanos;
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }

        String describe() {
            if (redirects.isEmpty()) {
                return request.url();
            }
            return request.url() + " (via " + String.join(" -> ", redirects) + ")";
        }

        FetchResult timedOut() {
            return end(FetchOutcome.TIMEOUT, 0, null, describe() + ": no complete answer within "
                    + config.callTimeout().toSeconds() + " s (connect " + config.connectTimeout().toSeconds()
                    + " s, read " + config.readTimeout().toSeconds() + " s)");
        }

        FetchResult tooLarge(Response response, String detail, long max) {
            return end(FetchOutcome.TOO_LARGE, response.code(), response, describe() + ": body " + detail
                    + ", above the limit of " + max + " bytes");
        }

        FetchResult end(FetchOutcome outcome, int status, Response response, String message) {
            String finalUrl = current == null ? request.url() : current.toString();
            return new FetchResult(request.url(), finalUrl, status,
                    response == null ? null : response.header("Content-Type"),
                    response == null ? null : response.header("ETag"),
                    response == null ? null : response.header("Last-Modified"),
                    response == null ? null : response.header("Retry-After"),
                    outcome == FetchOutcome.OK ? body : null,
                    startedAt, elapsed(), redirects, outcome, message, exchangeOf(response));
        }
    }

    /** The headers of {@code response}'s last hop as on the wire: the network request (with Host) and response. */
    private static WireExchange exchangeOf(Response response) {
        if (response == null) {
            return WireExchange.NONE;
        }
        Response wire = response.networkResponse() != null ? response.networkResponse() : response;
        return new WireExchange(wire.request().method(), wire.protocol().toString().toUpperCase(java.util.Locale.ROOT),
                wire.message(), headersOf(wire.request().headers()), headersOf(wire.headers()));
    }

    private static List<WireExchange.Header> headersOf(okhttp3.Headers headers) {
        List<WireExchange.Header> out = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            out.add(new WireExchange.Header(headers.name(i), headers.value(i)));
        }
        return out;
    }
}
