package io.newsline.crawler.cli;

import io.newsline.crawler.archive.ArchiveException;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.observe.HealthCheck;
import io.newsline.crawler.observe.StateDirCheck;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.worker.WorkerConfig;
import io.newsline.crawler.worker.WorkerRun;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.BrokerProbe;
import io.newsline.publisher.BrokerUnavailableException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsline worker}: one member of a group of crawler processes sharing the frontier on Kafka. */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Crawls its share of the sites as one of a group of worker processes sharing the frontier topic.",
                "Joins the consumer group --group over the frontier topic and crawls the sites of the frontier partitions it is"
                        + " assigned: discovery of its seeds, polite fetching, extraction, and exactly-once publication in"
                        + " Kafka transactions.",
                "Start several (on one or many machines) with the same --group and --seeds to share the work; stop with SIGTERM.",
                "Without --kafka (and without NEWSLINE_KAFKA_BOOTSTRAP_SERVERS) it uses the broker `newsline broker --data DIR` runs;"
                        + " the worker keeps the state of its partitions in DIR/worker-GROUP (a copy of the state topic)."})
public final class WorkerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--group", required = true, paramLabel = "NAME", description = "Consumer group of the workers of one crawl.")
    String group;

    @Mixin
    CrawlOptions shared = new CrawlOptions();

    @Option(names = "--frontier-topic", defaultValue = WorkerConfig.DEFAULT_FRONTIER_TOPIC, paramLabel = "TOPIC",
            description = "Topic of URLs to fetch, keyed by site (default: ${DEFAULT-VALUE}).")
    String frontierTopic;

    @Option(names = "--state-topic", defaultValue = WorkerConfig.DEFAULT_STATE_TOPIC, paramLabel = "TOPIC",
            description = "Compacted crawl-state topic, partitioned like the frontier (default: ${DEFAULT-VALUE}).")
    String stateTopic;

    @Option(names = "--partitions", defaultValue = "" + WorkerConfig.DEFAULT_PARTITIONS, paramLabel = "N",
            description = "Partitions of the frontier and state topics when this worker creates them; at most this many workers share the work (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", defaultValue = "" + WorkerConfig.DEFAULT_THREADS, paramLabel = "N", description = "Fetch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--discover-every", defaultValue = WorkerConfig.DEFAULT_DISCOVER_EVERY, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often the owner of a site reads its sitemaps, feeds and sections (default: ${DEFAULT-VALUE}).")
    Duration discoverEvery;

    @Option(names = "--recrawl-scan-every", defaultValue = WorkerConfig.DEFAULT_RECRAWL_SCAN_EVERY, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often the owner looks for URLs due again (default: ${DEFAULT-VALUE}).")
    Duration recrawlScanEvery;

    @Option(names = "--session-timeout", defaultValue = WorkerConfig.DEFAULT_SESSION_TIMEOUT, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "A worker silent this long counts as dead and its partitions move (default: ${DEFAULT-VALUE}; the broker allows 6s..30m).")
    Duration sessionTimeout;

    @Option(names = "--status-every", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Print a status line (partitions, fetched, published, heap) this often (default: ${DEFAULT-VALUE}).")
    Duration statusEvery;

    @Mixin
    MetricsOptions metrics = new MetricsOptions();

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    /** The worker's configuration from the parsed options; throws IllegalArgumentException naming a bad option. */
    WorkerConfig config(String bootstrap) {
        return shared.settings(WorkerConfig.builder(bootstrap, group, shared.seeds))
                .frontierTopic(frontierTopic)
                .stateTopic(stateTopic)
                .partitions(partitions)
                .threads(threads)
                .discoverEvery(discoverEvery)
                .recrawlScanEvery(recrawlScanEvery)
                .sessionTimeout(sessionTimeout)
                .stateDir(stateDirOf(shared.publishing.data.data, group))
                .build();
    }

    /** Where a worker of {@code group} keeps the state of its partitions under the data directory. */
    static Path stateDirOf(Path data, String group) {
        return data.resolve("worker-" + group);
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> bootstrap = shared.publishing.kafka.orBrokerRunningIn(shared.publishing.data.data);
        if (bootstrap.isEmpty()) {
            err.println("newsline worker: no Kafka: give --kafka BOOTSTRAP, set NEWSLINE_KAFKA_BOOTSTRAP_SERVERS, or start `newsline broker --data "
                    + shared.publishing.data.data + "` first");
            return Newsline.EXIT_CONFIG;
        }
        SiteProfiles profiles;
        WorkerConfig config;
        try {
            config = config(bootstrap.get());
            profiles = config.settings().profiles();
        } catch (SiteProfileException | IllegalArgumentException e) {
            err.println("newsline worker: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        try (BrokerProbe probe = new BrokerProbe(bootstrap.get(), config.settings().kafkaClient(), Duration.ofSeconds(3))) {
            RunObservers observers;
            try {
                java.nio.file.Files.createDirectories(stateDirOf(shared.publishing.data.data, group));
                observers = RunObservers.start(false, logging, metrics,
                        List.of(HealthCheck.of("kafka", probe::problem), new StateDirCheck(stateDirOf(shared.publishing.data.data, group))), "worker", out);
            } catch (IllegalArgumentException | java.io.IOException e) {
                err.println("newsline worker: " + e.getMessage());
                return Newsline.EXIT_CONFIG;
            }
            try (observers) {
                return work(config, profiles, observers.forRun(), bootstrap.get(), out, err);
            }
        }
    }

    private int work(WorkerConfig config, SiteProfiles profiles, CrawlListener log, String bootstrap, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        try (HttpFetcher fetcher = new HttpFetcher(config.settings().fetch())) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), log);
            try {
                worker.awaitKafka();
            } catch (BrokerUnavailableException e) {
                err.println("newsline worker: " + e.getMessage());
                return Newsline.EXIT_CONFIG;
            }
            StopSignals.Hook hook = StopSignals.onShutdown("newsline-worker-shutdown", () -> {
                err.println("newsline worker: stopping: finishing running fetches and committing");
                worker.stop();
                try {
                    worker.awaitStopped(Duration.ofSeconds(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            ScheduledExecutorService status = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "newsline-worker-status");
                t.setDaemon(true);
                return t;
            });
            status.scheduleAtFixedRate(() -> {
                out.println(statusLine(worker));
                out.flush();
            }, statusEvery.toMillis(), statusEvery.toMillis(), TimeUnit.MILLISECONDS);
            out.println("newsline worker: group " + group + " on Kafka at " + bootstrap + ", frontier " + frontierTopic);
            out.flush();
            try (hook) {
                worker.run();
            } catch (ArchiveException e) { // the --warc directory: nothing was fetched
                err.println("newsline worker: " + e.getMessage());
                return Newsline.EXIT_CONFIG;
            } finally {
                status.shutdownNow();
            }
            out.println(statusLine(worker));
            out.flush();
            if (worker.stoppedBy().isPresent()) {
                err.println("newsline worker: stopped: " + worker.stoppedBy().get());
                return Newsline.EXIT_FAILED;
            }
            return 0;
        }
    }

    /** One line: partitions owned, URLs known and open, fetched and published so far, heap in use and live after GC. */
    static String statusLine(WorkerRun worker) {
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        long liveMb = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                liveMb += pool.getCollectionUsage().getUsed() >> 20;
            }
        }
        return "worker: partitions=" + worker.ownedPartitions() + " urls=" + worker.knownUrls() + " open=" + worker.openUrls()
                + " fetched=" + worker.stats().total(h -> h.fetched) + " published=" + worker.publishedCommitted()
                + " errors=" + worker.stats().total(h -> h.errors) + " heapUsedMb=" + usedMb + " heapAfterGcMb=" + liveMb;
    }
}
