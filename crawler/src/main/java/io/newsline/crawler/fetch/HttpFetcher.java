package io.newsline.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
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
import javax.net.ssl.SSLException;
import okhttp3.Call;
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
 * {@link FetchConfig#maxRedirects()}, and (through {@link GuardedDns} plus a check of literal IPs) no internal
 * addresses. OkHttp's transparent gzip stays on; the body is read through a limit so a gzip bomb or an endless
 * stream ends as {@link FetchOutcome#TOO_LARGE} or {@link FetchOutcome#TIMEOUT} without filling memory.
 * {@link #fetch} never throws for network problems.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final int READ_CHUNK = 64 * 1024;

    private final FetchConfig config;
    private final Clock clock;
    private final OkHttpClient client;
    /** Views of {@link #client} (same pool and dispatcher) whose DNS applies the --resolve entries of one port. */
    private final Map<Integer, OkHttpClient> resolvingClients = new HashMap<>();

    public HttpFetcher(FetchConfig config) {
        this(config, Clock.systemUTC());
    }

    public HttpFetcher(FetchConfig config, Clock clock) {
        this(config, clock, javax.net.SocketFactory.getDefault());
    }

    /** Tests pass a socket factory that can only reach loopback, so a broken guard cannot send traffic out. */
    HttpFetcher(FetchConfig config, Clock clock, javax.net.SocketFactory sockets) {
        this.config = config;
        this.clock = clock;
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .socketFactory(sockets)
                .dns(GuardedDns.forPort(-1, List.of(), config.allowPrivateAddresses()));
        if (config.cacert() != null) {
            ExtraTrust trust = ExtraTrust.withPemFile(config.cacert());
            builder.sslSocketFactory(trust.socketFactory(), trust.trustManager());
        }
        this.client = builder.build();
        for (ResolveEntry entry : config.resolve()) {
            resolvingClients.computeIfAbsent(entry.port(), port -> client.newBuilder()
                    .dns(GuardedDns.forPort(port, config.resolve(), config.allowPrivateAddresses()))
                    .build());
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
        Set<String> visited = new HashSet<>();
        visited.add(url.toString());
        while (true) {
            attempt.current = url;
            Optional<String> refusal = literalAddressRefusal(url);
            if (refusal.isPresent()) {
                return attempt.end(FetchOutcome.BLOCKED_PRIVATE_ADDRESS, 0, null, attempt.describe()
                        + ": refused to connect to " + url.host() + ", " + refusal.get()
                        + " (map the host with --resolve or allow private addresses if this is intended)");
            }
            long remainingMs = config.callTimeout().toMillis() - attempt.elapsed().toMillis();
            if (remainingMs <= 0) {
                return attempt.timedOut();
            }
            Call call = clientFor(url).newCall(requestFor(url, request));
            call.timeout().timeout(remainingMs, TimeUnit.MILLISECONDS);
            try (Response response = call.execute()) {
                int status = response.code();
                if (isRedirect(status)) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : url.resolve(location);
                    if (next == null) {
                        return attempt.end(FetchOutcome.BAD_REDIRECT, status, response, attempt.describe()
                                + ": HTTP " + status + " redirect without a usable http(s) Location ("
                                + (location == null ? "none" : "'" + location + "'") + ")");
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
            return attempt.end(FetchOutcome.BLOCKED_PRIVATE_ADDRESS, 0, null, where + ": refused to connect: "
                    + blocked.getMessage() + " (map the host with --resolve or allow private addresses if this is intended)");
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

    private OkHttpClient clientFor(HttpUrl url) {
        for (ResolveEntry entry : config.resolve()) {
            if (entry.matches(url.host(), url.port())) {
                return resolvingClients.get(entry.port());
            }
        }
        return client;
    }

    private Request requestFor(HttpUrl url, FetchRequest fetch) {
        Request.Builder builder = new Request.Builder()
                .url(url)
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

    /** OkHttp connects to literal IPs without asking the DNS, so the guard checks them here. */
    private Optional<String> literalAddressRefusal(HttpUrl url) {
        if (config.allowPrivateAddresses() || !ResolveEntry.isIpLiteral(url.host())) {
            return Optional.empty();
        }
        for (ResolveEntry entry : config.resolve()) {
            if (entry.matches(url.host(), url.port())) {
                return Optional.empty();
            }
        }
        try {
            return AddressPolicy.refusal(InetAddress.getByName(url.host()));
        } catch (UnknownHostException e) {
            return Optional.of("an unparsable address");
        }
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
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** The state of one {@link #fetch} call while it hops. */
    private final class Attempt {
        final FetchRequest request;
        final Instant startedAt;
        final long startNanos;
        final List<String> redirects = new ArrayList<>();
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
                    startedAt, elapsed(), redirects, outcome, message);
        }
    }
}
