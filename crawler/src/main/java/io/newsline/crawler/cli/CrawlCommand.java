package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlConfig;
import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.run.CrawlSession;
import io.newsline.crawler.state.StateMismatchException;
import io.newsline.crawler.state.StateStoreException;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.publisher.BrokerUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline crawl}: one crawl (or one every {@code --every}) of the sites in {@code --seeds}. */
@Command(name = "crawl", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Discovers, fetches and extracts articles of the sites in --seeds and publishes each new article version once to Kafka.",
                "Without --kafka (and without NEWSLINE_KAFKA_BOOTSTRAP) an embedded Kafka broker is started with its data under --data."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed", "1:the run failed: records could not be delivered (they wait for the next run), errors left nothing crawled, or an error stopped it (disk full, out of memory)",
                "2:bad options or site files, data directory in use, crawl state kept for another topic or cluster, or Kafka unreachable"})
public final class CrawlCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--seeds", required = true, paramLabel = "PATH", description = "A site file (seeds/newdaily.yaml) or a folder of them (seeds/).")
    Path seeds;

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", defaultValue = "${env:NEWSLINE_KAFKA_BOOTSTRAP}",
            description = "Kafka bootstrap servers (host:port[,host:port]). Default: $NEWSLINE_KAFKA_BOOTSTRAP, else the broker `newsline broker` runs on --data, else an embedded one.")
    String kafka;

    @Option(names = "--topic", defaultValue = "news.articles", description = "Topic of article records (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--dlq-topic", paramLabel = "TOPIC", description = "Dead-letter topic for pages that fail extraction (default: <topic>.dlq).")
    String dlqTopic;

    @Option(names = "--data", defaultValue = ".newsline", paramLabel = "DIR",
            description = "Crawl state, lock and the embedded broker's data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--max-pages", defaultValue = "0", paramLabel = "N", description = "Fetch at most N article pages in a run (default: no limit).")
    int maxPages;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Crawl again every DURATION (e.g. 15m) in this process; SIGTERM finishes in-flight work and exits 0.")
    Duration every;

    @Option(names = "--broker-timeout", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for Kafka to answer at start (default: ${DEFAULT-VALUE}).")
    Duration brokerTimeout;

    @Option(names = "--delivery-timeout", defaultValue = "2m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a record may wait for Kafka's acknowledgement (default: ${DEFAULT-VALUE}).")
    Duration deliveryTimeout;

    @Option(names = "--reset-state", description = {"Forget the crawl state in --data (URLs fetched, article versions published)"
            + " and publish every article again, as version 1. For a new --topic or Kafka cluster: a state kept for another"
            + " one is refused, since its articles would count as published there."})
    boolean resetState;

    @Option(names = "--quiet", description = "No progress line; only the summary and errors.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = fetch.problem();
        if (problem.isPresent()) {
            err.println("newsline crawl: " + problem.get());
            return Newsline.EXIT_CONFIG;
        }
        CrawlConfig config = new CrawlConfig(seeds, Optional.ofNullable(kafka).filter(k -> !k.isBlank()), topic, dlqTopic, data,
                maxPages, fetch.resolve, fetch.cacert, fetch.allowPrivate, fetch.delayOverride(), brokerTimeout, deliveryTimeout,
                Optional.ofNullable(every), fetch.contact).withResetState(resetState);
        ProgressReporter progress = new ProgressReporter(err, System.console() != null && !quiet, quiet);
        CrawlSession session;
        try {
            session = CrawlSession.open(config, progress);
        } catch (SiteProfileException | BrokerUnavailableException | StateMismatchException | IllegalStateException e) {
            err.println("newsline crawl: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        // SIGTERM and Ctrl-C finish in-flight work, save state and return normally (exit 0 for --every)
        StopSignals.onStop(session::stop);
        Thread shutdown = new Thread(() -> {
            err.println("newsline crawl: stopping: finishing in-flight work and saving state");
            session.stop();
            session.awaitClosed(Duration.ofSeconds(60));
        }, "newsline-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            CrawlRun.Outcome outcome;
            if (every == null) {
                outcome = session.runOnce(progress.forRun());
                progress.finish();
                new SummaryPrinter(out).print(outcome);
            } else {
                outcome = session.runEvery(every, progress::forRun, o -> {
                    progress.finish();
                    new SummaryPrinter(out).print(o);
                });
                // SIGTERM ends the loop with 0; an error that stopped a run (disk full, an Error) with 1
                return outcome != null && outcome.stoppedBy().isPresent() ? Newsline.EXIT_FAILED : 0;
            }
            return outcome.failed() ? Newsline.EXIT_FAILED : 0;
        } catch (StateStoreException e) {
            // before or after the fetching (starting the run, reconciling): the message says "disk full" and the way out
            progress.finish();
            err.println("newsline crawl: " + e.getMessage());
            return Newsline.EXIT_FAILED;
        } finally {
            session.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running; it waits for close
            }
        }
    }
}
