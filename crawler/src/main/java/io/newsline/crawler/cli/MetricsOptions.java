package io.newsline.crawler.cli;

import io.newsline.crawler.observe.HealthCheck;
import io.newsline.crawler.observe.MetricsServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --metrics-port} and {@code --metrics-address}: the Prometheus (and health) endpoint, off unless a port is given. */
final class MetricsOptions {

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://ADDRESS:PORT/metrics (0: a free port, printed at start; default: off).")
    Integer port;

    @Option(names = "--metrics-address", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "Address the metrics endpoint listens on (default: ${DEFAULT-VALUE}, every interface, for a scraper in another container; 127.0.0.1 keeps it local).")
    String address;

    /**
     * Starts the endpoint when {@code --metrics-port} was given.
     *
     * @throws IllegalArgumentException naming the option when the port is out of range or cannot be bound
     */
    Optional<MetricsServer> start(List<HealthCheck> checks) {
        if (port == null) {
            return Optional.empty();
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--metrics-port " + port + " is not a port: give 0..65535 (0 picks a free one)");
        }
        try {
            return Optional.of(MetricsServer.start(new InetSocketAddress(address, port), checks));
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
