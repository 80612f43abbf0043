package io.newsline.crawler.cli;

import io.newsline.crawler.observe.CrawlMetrics;
import io.newsline.crawler.observe.HealthCheck;
import io.newsline.crawler.observe.LogListener;
import io.newsline.crawler.observe.MetricsServer;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.FanOutListener;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the crawl-like commands ({@code crawl}, {@code worker}, {@code replay}) report a run to, wired in one place:
 * {@code --quiet} (warnings and errors only, unless {@code --log-level} says otherwise), Newsline's log messages
 * ({@link LogListener}) and, with {@code --metrics-port}, the metrics endpoint, announced when it starts and stopped
 * by {@link #close()}.
 */
final class RunObservers implements AutoCloseable {
    private final CrawlListener log = new LogListener();
    private final Optional<MetricsServer> server;
    private final Optional<CrawlMetrics> meters;

    private RunObservers(Optional<MetricsServer> server) {
        this.server = server;
        this.meters = server.map(s -> new CrawlMetrics(s.registry()));
    }

    /** Applies {@code --quiet}; for a command without metrics options. */
    static RunObservers start(boolean quiet, LoggingOptions logging) {
        if (quiet) {
            logging.quiet();
        }
        return new RunObservers(Optional.empty());
    }

    /**
     * Applies {@code --quiet} and starts the metrics endpoint when {@code --metrics-port} was given, with
     * {@code checks} behind {@code /health}, saying its address on {@code announce} as {@code newsline COMMAND: metrics at ...}.
     *
     * @throws IllegalArgumentException naming the option when the endpoint cannot start
     */
    static RunObservers start(boolean quiet, LoggingOptions logging, MetricsOptions metrics, List<HealthCheck> checks,
                              String command, PrintWriter announce) {
        RunObservers observers = new RunObservers(metrics.start(checks));
        if (quiet) {
            logging.quiet();
        }
        observers.server.ifPresent(s -> {
            announce.println("newsline " + command + ": metrics at http://" + metrics.address + ":" + s.port() + "/metrics"
                    + (checks.isEmpty() ? "" : ", health at /health"));
            announce.flush();
        });
        return observers;
    }

    /** Newsline's log messages alone (events before a run: opening, connecting). */
    CrawlListener log() {
        return log;
    }

    /**
     * The listener of one run: {@code first} (a progress line, which the log clears before it writes), the log
     * messages, then the metrics, which start a new run's gauges.
     */
    CrawlListener forRun(CrawlListener... first) {
        meters.ifPresent(CrawlMetrics::newRun);
        List<CrawlListener> all = new ArrayList<>(List.of(first));
        all.add(log);
        meters.ifPresent(all::add);
        return all.size() == 1 ? log : new FanOutListener(all);
    }

    @Override
    public void close() {
        server.ifPresent(MetricsServer::close);
    }
}
