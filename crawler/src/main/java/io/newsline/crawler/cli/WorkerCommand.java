package io.newsline.crawler.cli;

import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.CrawlSession;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.worker.WorkerConfig;
import io.newsline.crawler.worker.WorkerRun;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.EmbeddedBroker;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
        description = {"Joins the consumer group --group over the frontier topic and crawls the sites of the frontier partitions it is assigned:",
                "discovery of its seeds, polite fetching, extraction, and exactly-once publication in Kafka transactions.",
                "Start several (on one or many machines) with the same --group and --seeds to share the work; stop with SIGTERM."})
public final class WorkerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", defaultValue = "${env:NEWSLINE_KAFKA_BOOTSTRAP}",
            description = "Kafka bootstrap servers. Default: $NEWSLINE_KAFKA_BOOTSTRAP, else the broker `newsline broker --data DIR` runs.")
    String kafka;

    @Option(names = "--group", required = true, paramLabel = "NAME", description = "Consumer group of the workers of one crawl.")
    String group;

    @Option(names = "--seeds", required = true, paramLabel = "PATH", description = "A site file or a folder of them (the same for every worker).")
    Path seeds;

    @Option(names = "--data", defaultValue = ".newsline", paramLabel = "DIR",
            description = "Where `newsline broker` keeps its data, to find it when --kafka is not given (default: ${DEFAULT-VALUE}). The worker keeps no files.")
    Path data;

    @Option(names = "--topic", defaultValue = "news.articles", description = "Topic of article records (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--dlq-topic", paramLabel = "TOPIC", description = "Dead-letter topic (default: <topic>.dlq).")
    String dlqTopic;

    @Option(names = "--frontier-topic", defaultValue = WorkerConfig.DEFAULT_FRONTIER_TOPIC, paramLabel = "TOPIC",
            description = "Topic of URLs to fetch, keyed by site (default: ${DEFAULT-VALUE}).")
    String frontierTopic;

    @Option(names = "--state-topic", defaultValue = WorkerConfig.DEFAULT_STATE_TOPIC, paramLabel = "TOPIC",
            description = "Compacted crawl-state topic, partitioned like the frontier (default: ${DEFAULT-VALUE}).")
    String stateTopic;

    @Option(names = "--partitions", defaultValue = "12", paramLabel = "N",
            description = "Partitions of the frontier and state topics when this worker creates them; at most this many workers share the work (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", defaultValue = "8", paramLabel = "N", description = "Fetch threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--discover-every", defaultValue = "15m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often the owner of a site reads its sitemaps, feeds and sections (default: ${DEFAULT-VALUE}).")
    Duration discoverEvery;

    @Option(names = "--recrawl-scan-every", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often the owner looks for URLs due again (default: ${DEFAULT-VALUE}).")
    Duration recrawlScanEvery;

    @Option(names = "--session-timeout", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "A worker silent this long counts as dead and its partitions move (default: ${DEFAULT-VALUE}; the broker allows 6s..30m).")
    Duration sessionTimeout;

    @Option(names = "--broker-timeout", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for Kafka to answer (default: ${DEFAULT-VALUE}).")
    Duration brokerTimeout;

    @Option(names = "--status-every", defaultValue = "10s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Print a status line (partitions, fetched, published, heap) this often (default: ${DEFAULT-VALUE}).")
    Duration statusEvery;

    /** {@code --kafka} (or its environment default) when given, else the broker {@code newsline broker --data DIR} runs. */
    static Optional<String> bootstrap(String kafka, Path data) {
        return Optional.ofNullable(kafka).filter(k -> !k.isBlank()).or(() -> EmbeddedBroker.runningIn(data));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = fetch.problem();
        if (problem.isPresent()) {
            err.println("newsline worker: " + problem.get());
            return Newsline.EXIT_CONFIG;
        }
        Optional<String> bootstrap = bootstrap(kafka, data);
        if (bootstrap.isEmpty()) {
            err.println("newsline worker: no Kafka: give --kafka BOOTSTRAP, set NEWSLINE_KAFKA_BOOTSTRAP, or start `newsline broker --data "
                    + data + "` first");
            return Newsline.EXIT_CONFIG;
        }
        SiteProfiles profiles;
        WorkerConfig config;
        try {
            config = new WorkerConfig(bootstrap.get(), group, seeds, topic, dlqTopic, frontierTopic, stateTopic, partitions, fetch.resolve,
                    fetch.cacert, fetch.allowPrivate, fetch.delayOverride(), threads, discoverEvery, recrawlScanEvery, null, sessionTimeout,
                    null, brokerTimeout, fetch.contact);
            profiles = CrawlSession.withDelay(new SeedsReader().read(seeds), config.delay());
        } catch (SiteProfileException | IllegalArgumentException e) {
            err.println("newsline worker: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        CrawlListener log = new CrawlListener() {
            @Override
            public void info(String message) {
                err.println(message);
                err.flush();
            }

            @Override
            public void error(String host, String url, String message) {
                err.println("error " + url + ": " + message);
                err.flush();
            }
        };
        try (HttpFetcher fetcher = CrawlSession.newFetcher(fetch.contact, fetch.resolve, fetch.cacert, fetch.allowPrivate)) {
            WorkerRun worker = new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), log);
            Thread shutdown = new Thread(() -> {
                err.println("newsline worker: stopping: finishing running fetches and committing");
                worker.stop();
                try {
                    worker.awaitStopped(Duration.ofSeconds(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsline-worker-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdown);
            ScheduledExecutorService status = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "newsline-worker-status");
                t.setDaemon(true);
                return t;
            });
            status.scheduleAtFixedRate(() -> {
                out.println(statusLine(worker));
                out.flush();
            }, statusEvery.toMillis(), statusEvery.toMillis(), TimeUnit.MILLISECONDS);
            out.println("newsline worker: group " + group + " on Kafka at " + bootstrap.get() + ", frontier " + frontierTopic);
            out.flush();
            worker.run();
            status.shutdownNow();
            out.println(statusLine(worker));
            out.flush();
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
