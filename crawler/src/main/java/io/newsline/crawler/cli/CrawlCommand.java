package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlConfig;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.FanOutListener;
import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.state.StateMismatchException;
import io.newsline.crawler.state.StateStoreException;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.publisher.BrokerUnavailableException;
import io.newsline.publisher.PublisherConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline crawl}: one crawl (or one every {@code --every}) of the sites in {@code --seeds}. */
@Command(name = "crawl", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Discovers, fetches and extracts articles of the sites in --seeds and publishes each new article version once to Kafka.",
                "Without --kafka (and without NEWSLINE_KAFKA_BOOTSTRAP_SERVERS) an embedded Kafka broker is started with its data under --data."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed", "1:the run failed: records could not be delivered (they wait for the next run), errors left nothing crawled, or an error stopped it (disk full, out of memory)",
                "2:bad options or site files, data directory in use, crawl state kept for another topic or cluster, or Kafka unreachable"})
public final class CrawlCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("io.newsline.run");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CrawlOptions shared = new CrawlOptions();

    @Option(names = "--max-pages", defaultValue = "0", paramLabel = "N", description = "Fetch at most N article pages in a run (default: no limit).")
    int maxPages;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Crawl again every DURATION (e.g. 15m) in this process; SIGTERM finishes in-flight work and exits 0.")
    Duration every;

    @Option(names = "--delivery-timeout", defaultValue = PublisherConfig.DEFAULT_DELIVERY_TIMEOUT_TEXT, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a record may wait for Kafka's acknowledgement (default: ${DEFAULT-VALUE}).")
    Duration deliveryTimeout;

    @Option(names = "--reset-state", description = {"Forget the crawl state in --data (URLs fetched, article versions published)"
            + " and publish every article again, as version 1. For a new --topic or Kafka cluster: a state kept for another"
            + " one is refused, since its articles would count as published there."})
    boolean resetState;

    @Option(names = "--quiet", description = "No progress line and, unless --log-level says otherwise, no log messages below warn: only the summary and errors.")
    boolean quiet;

    @Option(names = "--summary-json", paramLabel = "FILE",
            description = "Also write the run's summary as JSON to FILE (replaced after each run), for cron wrappers.")
    Path summaryJson;

    @Mixin
    MetricsOptions metrics = new MetricsOptions();

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    /** The run's configuration from the parsed options; throws IllegalArgumentException naming a bad option. */
    CrawlConfig config() {
        return shared.settings(CrawlConfig.builder(shared.seeds, shared.publishing.data.data))
                .kafka(shared.publishing.kafka.given())
                .maxPages(maxPages)
                .deliveryTimeout(deliveryTimeout)
                .every(Optional.ofNullable(every))
                .resetState(resetState)
                .build();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CrawlConfig config;
        RunObservers observers;
        try {
            config = config();
            observers = RunObservers.start(quiet, logging, metrics, List.of(), "crawl", err);
        } catch (IllegalArgumentException e) {
            err.println("newsline crawl: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        try (observers) {
            return crawl(config, observers, out, err);
        }
    }

    private int crawl(CrawlConfig config, RunObservers observers, PrintWriter out, PrintWriter err) {
        ProgressReporter progress = new ProgressReporter(err, System.console() != null && !quiet, quiet);
        java.util.function.Supplier<CrawlListener> perRun = () -> observers.forRun(progress.forRun());
        CrawlRun session;
        try {
            session = CrawlRun.open(config, new FanOutListener(List.of(progress, observers.log())));
        } catch (SiteProfileException | BrokerUnavailableException | StateMismatchException | IllegalStateException e) {
            err.println("newsline crawl: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        // SIGTERM and Ctrl-C finish in-flight work, save state and return normally (exit 0 for --every)
        StopSignals.onStop(session::stop);
        StopSignals.Hook hook = StopSignals.onShutdown("newsline-shutdown", () -> {
            LOG.info("stopping: finishing in-flight work and saving state");
            session.stop();
            session.awaitClosed(Duration.ofSeconds(60));
        });
        // the session closes before the hook goes: a shutdown meanwhile waits for the close
        try (hook; session) {
            Predicate<CrawlRun.Outcome> report = o -> {
                progress.finish();
                new SummaryPrinter(out).print(o);
                return writeSummaryJson(o, err);
            };
            if (every == null) {
                CrawlRun.Outcome outcome = session.runOnce(perRun.get());
                return report.test(outcome) && !outcome.failed() ? 0 : Newsline.EXIT_FAILED;
            }
            CrawlRun.Outcome last = session.runEvery(every, perRun, report::test);
            // SIGTERM ends the loop with 0; an error that stopped a run (disk full, an Error) with 1
            return last != null && last.stoppedBy().isPresent() ? Newsline.EXIT_FAILED : 0;
        } catch (StateStoreException e) {
            // before or after the fetching (starting the run, reconciling): the message says "disk full" and the way out
            progress.finish();
            LOG.error("{}", e.getMessage());
            return Newsline.EXIT_FAILED;
        }
    }

    /** Writes {@code --summary-json} when given; false (and says why) when the file could not be written. */
    private boolean writeSummaryJson(CrawlRun.Outcome outcome, PrintWriter err) {
        if (summaryJson == null) {
            return true;
        }
        try {
            SummaryJson.write(outcome, summaryJson);
            return true;
        } catch (UncheckedIOException e) {
            err.println("newsline crawl: " + e.getMessage());
            err.flush();
            return false;
        }
    }
}
