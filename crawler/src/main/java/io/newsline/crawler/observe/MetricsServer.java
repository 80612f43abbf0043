package io.newsline.crawler.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server for watching a process: {@code GET /metrics} answers the Prometheus text format of its
 * {@link #registry()}; {@code GET /health} (when health checks were given) answers 200 with
 * {@code {"status":"up","checks":{...}}} when every check passes, else 503 with {@code "status":"down"} and each
 * failed check's problem under its name. Runs on daemon threads until {@link #close()}.
 */
public final class MetricsServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrometheusMeterRegistry registry;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<HealthCheck> checks;

    private MetricsServer(InetSocketAddress address, List<HealthCheck> checks) throws IOException {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.checks = List.copyOf(checks);
        this.server = HttpServer.create(address, 0);
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "newsline-metrics");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/metrics", ex -> answer(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        if (!this.checks.isEmpty()) {
            server.createContext("/health", this::health);
        }
        server.start();
    }

    /**
     * Starts serving on {@code address} (port 0: a free one, see {@link #port()}).
     *
     * @throws UncheckedIOException naming the address when it cannot be bound (port in use)
     */
    public static MetricsServer start(InetSocketAddress address, List<HealthCheck> checks) {
        try {
            return new MetricsServer(address, checks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + address.getHostString() + ":" + address.getPort()
                    + " (" + e.getMessage() + "); choose another --metrics-port, or 0 for a free one", e);
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void health(HttpExchange ex) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode results = JSON.createObjectNode();
        boolean up = true;
        for (HealthCheck check : checks) {
            Optional<String> problem = check.problem();
            up &= problem.isEmpty();
            results.put(check.name(), problem.orElse("ok"));
        }
        body.put("status", up ? "up" : "down");
        body.set("checks", results);
        answer(ex, up ? 200 : 503, "application/json", JSON.writeValueAsString(body));
    }

    private static void answer(HttpExchange ex, int status, String contentType, String body) throws IOException {
        try (ex) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        registry.close();
    }
}
