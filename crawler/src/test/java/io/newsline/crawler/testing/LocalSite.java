package io.newsline.crawler.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.ResolveEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * A WireMock server on 127.0.0.1 (free port) standing in for a news site called {@code host}. Tests reach it the way
 * a user would: through a {@code --resolve host:port:127.0.0.1} mapping, so the SSRF guard stays on.
 */
public final class LocalSite implements AutoCloseable {
    private final String host;
    private final WireMockServer server;
    private final boolean https;

    private LocalSite(String host, WireMockConfiguration config, boolean https) {
        this.host = host;
        this.https = https;
        this.server = new WireMockServer(config);
        server.start();
    }

    /** A plain HTTP site. */
    public static LocalSite start(String host) {
        return new LocalSite(host, base(), false);
    }

    /** An HTTPS site serving the certificate in {@code keystore} (PKCS12). */
    public static LocalSite startHttps(String host, java.nio.file.Path keystore, String password) {
        return new LocalSite(host, base().dynamicHttpsPort().httpDisabled(true)
                .keystorePath(keystore.toString()).keystoreType("PKCS12")
                .keystorePassword(password).keyManagerPassword(password), true);
    }

    private static WireMockConfiguration base() {
        return options().bindAddress("127.0.0.1").dynamicPort().gzipDisabled(true).containerThreads(20);
    }

    public WireMockServer server() {
        return server;
    }

    public String host() {
        return host;
    }

    public int port() {
        return https ? server.httpsPort() : server.port();
    }

    /** {@code http(s)://host:port/path}. */
    public String url(String path) {
        String scheme = https ? "https" : "http";
        return scheme + "://" + host + ":" + port() + path;
    }

    /** The {@code --resolve} entry that sends this site's host to 127.0.0.1. */
    public ResolveEntry resolveEntry() {
        return ResolveEntry.parse(host + ":" + port() + ":127.0.0.1");
    }

    /** Fetch settings for tests: defaults, short timeouts, and the resolve entries of {@code sites}. */
    public static FetchConfig fetchConfig(LocalSite... sites) {
        return FetchConfig.defaults("0.1")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withResolve(java.util.Arrays.stream(sites).map(LocalSite::resolveEntry).toList());
    }

    /** The bytes of a test resource, e.g. {@code /fetch/article.html}. */
    public static byte[] resource(String path) {
        try (InputStream in = LocalSite.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    public List<ResolveEntry> resolve() {
        return List.of(resolveEntry());
    }
}
