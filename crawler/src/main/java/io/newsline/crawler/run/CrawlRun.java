package io.newsline.crawler.run;

import io.newsline.crawler.archive.PageArchive;
import io.newsline.crawler.archive.WarcArchive;
import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostTurns;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.SqliteCrawlState;
import io.newsline.crawler.state.StateBinding;
import io.newsline.crawler.state.StateMismatchException;
import io.newsline.crawler.state.UrlKind;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.DataDirLock;
import io.newsline.publisher.EmbeddedBroker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One {@code newsline crawl} process: the {@link CrawlEngine} over the {@link LocalStore}. It holds open the data
 * directory's lock, the crawl state, the embedded broker (when no external one is given), the publisher and the HTTP
 * client, opened in the order that fails fastest and cheapest: site files, lock, broker, and only then any fetching.
 * Each run reconciles what an earlier run left pending, discovers article URLs from the sites' sitemaps, feeds and
 * section pages, fetches the due ones politely, parses them, and publishes each new article version exactly once.
 * Pages that fail extraction go to the dead-letter topic; nothing stops a run but a dead broker or a broken state.
 * Politeness holds across runs and restarts: robots.txt is kept for its TTL, and when each host was last asked is
 * kept in the crawl state.
 */
public final class CrawlRun implements AutoCloseable {

    /**
     * How a run ended. {@code undelivered}: records the broker did not acknowledge; they wait for the next run.
     * {@code stoppedBy}: the error that stopped the run before its end (disk full, an Error in a task), if any.
     */
    public record Outcome(RunStats stats, long fetched, long published, long current, long undelivered, long errors,
                          long deadLettered, Optional<String> stoppedBy) {
        public Outcome {
            stoppedBy = stoppedBy == null ? Optional.empty() : stoppedBy;
        }

        /**
         * True when the run failed: an error stopped it, records wait undelivered, or errors happened and no
         * article was published or found current (a run over an unchanged site that publishes nothing is a success).
         */
        public boolean failed() {
            return stoppedBy.isPresent() || undelivered > 0 || (errors > 0 && published == 0 && current == 0);
        }
    }

    private final CrawlConfig config;
    private final SiteProfiles profiles;
    private final List<AutoCloseable> opened;
    private final CrawlState state;
    private final ArticlePublisher publisher;
    private final HttpFetcher fetcher;
    private final PageArchive archive;
    private final Clock clock = Clock.systemUTC();
    private final RobotsCache robots;
    private final HostTurns turns;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean stopRequested;

    // the run under way
    private final Set<String> enqueued = ConcurrentHashMap.newKeySet();
    private final Map<String, DiscoveredUrl> hints = new ConcurrentHashMap<>();
    private final AtomicInteger articleBudget = new AtomicInteger();
    private volatile boolean stopping;
    private volatile CrawlEngine engine;

    private CrawlRun(CrawlConfig config, SiteProfiles profiles, List<AutoCloseable> opened, CrawlState state,
                     ArticlePublisher publisher, PageArchive archive, HttpFetcher fetcher) {
        this.config = config;
        this.archive = archive;
        this.profiles = profiles;
        this.opened = opened;
        this.state = state;
        this.publisher = publisher;
        this.fetcher = fetcher;
        this.robots = RobotsCache.over(fetcher, clock, profiles);
        this.turns = new HostTurns(state.lastAsked(), state::asked);
    }

    /** Opens everything a crawl needs, with its state in {@code data/state.db}. */
    public static CrawlRun open(CrawlConfig config, CrawlListener listener) {
        return open(config, listener, SqliteCrawlState::open);
    }

    /** As {@link #open(CrawlConfig, CrawlListener)}, with the crawl state opened by {@code openState} from its file. */
    public static CrawlRun open(CrawlConfig config, CrawlListener listener, Function<Path, CrawlState> openState) {
        return open(config, config.settings().profiles(), listener, openState);
    }

    /** A crawl over {@code profiles} already read (a replay without {@code --seeds} has none). */
    public static CrawlRun open(CrawlConfig config, SiteProfiles profiles, CrawlListener listener) {
        return open(config, profiles, listener, SqliteCrawlState::open);
    }

    private static CrawlRun open(CrawlConfig config, SiteProfiles profiles, CrawlListener listener,
                                 Function<Path, CrawlState> openState) {
        CrawlSettings settings = config.settings();
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            opened.add(DataDirLock.acquire(config.data(), DataDirLock.Use.CRAWL));
            CrawlState state = openState.apply(stateFile(config));
            opened.add(state);
            String bootstrap = bootstrap(config, listener, opened);
            ArticlePublisher publisher = ArticlePublisher.connect(settings.publisherConfig(bootstrap, "newsline-crawler")
                    .withDeliveryTimeout(config.deliveryTimeout()), settings.brokerTimeout());
            opened.add(publisher);
            bindState(state, config, new StateBinding(publisher.clusterId(), settings.topic()), listener);
            // closed after the fetcher, before the publisher: fsync, so every page published is on disk
            PageArchive archive = settings.warc().<PageArchive>map(w -> new WarcArchive(w, Clock.systemUTC())).orElse(PageArchive.NONE);
            opened.add(archive);
            HttpFetcher fetcher = new HttpFetcher(settings.fetch());
            opened.add(fetcher);
            return new CrawlRun(config, profiles, opened, state, publisher, archive, fetcher);
        } catch (RuntimeException e) {
            closeAll(opened, e::addSuppressed);
            throw e;
        }
    }

    /** The --kafka given, else the broker `newsline broker --data` runs for several processes, else one started here. */
    private static String bootstrap(CrawlConfig config, CrawlListener listener, List<AutoCloseable> opened) {
        if (config.kafka().isPresent()) {
            return config.kafka().get();
        }
        Optional<String> running = EmbeddedBroker.runningIn(config.data());
        if (running.isPresent()) {
            listener.info("no --kafka given: using the broker `newsline broker` runs at " + running.get());
            return running.get();
        }
        EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBroker.inDataDir(config.data()), 0);
        opened.add(broker);
        listener.info("no --kafka given: started an embedded Kafka broker at " + broker.bootstrapServers() + " with its data in "
                + EmbeddedBroker.inDataDir(config.data()) + " (read it with: newsline tail --data " + config.data() + ")");
        return broker.bootstrapServers();
    }

    private static Path stateFile(CrawlConfig config) {
        return config.data().resolve("state.db");
    }

    /**
     * Ties the state to the run's topic and cluster at its first run. A state kept for another topic or cluster (a
     * new --topic, a wiped or replaced broker) is refused, unless --reset-state forgets it.
     *
     * @throws StateMismatchException naming both and the ways on
     */
    private static void bindState(CrawlState state, CrawlConfig config, StateBinding now, CrawlListener listener) {
        Optional<StateBinding> kept = state.binding();
        if (config.resetState()) {
            long urls = state.countUrls();
            state.reset(now);
            listener.info("--reset-state: forgot " + urls + " URL(s) and every article version of the crawl state; every"
                    + " article is published again, to " + now.describe());
        } else if (kept.isEmpty()) {
            state.bind(now);
        } else if (!kept.get().equals(now)) {
            throw new StateMismatchException(stateFile(config), kept.get(), now);
        }
    }

    /**
     * The publication of a replay over this crawl's state and topic (what an earlier run left pending is reconciled
     * first); use it instead of {@link #runOnce}.
     */
    public ReplayPublication replayPublication(CrawlListener listener) {
        return new ReplayPublication(state, publisher, config.settings().topic(), listener,
                config.settings().brokerTimeout(), config.deliveryTimeout());
    }

    public SiteProfiles profiles() {
        return profiles;
    }

    /** Runs one crawl; robots.txt and the hosts' request times carry over from earlier runs. */
    public Outcome runOnce(CrawlListener runListener) {
        RunStats stats = new RunStats();
        CrawlListener listener = new FanOutListener(List.of(stats, runListener));
        enqueued.clear();
        hints.clear();
        articleBudget.set(config.maxPages() == 0 ? Integer.MAX_VALUE : config.maxPages());
        stopping = stopRequested;
        new PendingReconciler(state, publisher.config(), config.settings().topic(), listener)
                .reconcile(config.settings().brokerTimeout());
        long runId = state.startRun(clock.instant(), publisher.endOffsets());
        LocalStore[] store = new LocalStore[1];
        CrawlEngine e = CrawlEngine.builder(profiles, fetcher, clock, robots)
                .turns(turns)
                .listener(listener)
                .fetchesFrom(url -> !stopping)
                .storeFor(url -> store[0])
                .frontier((url, hint) -> offer(url, hint, listener))
                .archive(archive)
                .build();
        // the store reports to the engine, so that a state it cannot write stops the engine like any other
        store[0] = new LocalStore(state, publisher, runId, e.events(), () -> {
            listener.info("Kafka at " + publisher.config().bootstrapServers() + " stopped acknowledging records; "
                    + "stopping this run, since pages fetched now could not be published");
            stopping = true; // the loop below notices within a second and stops the engine
        });
        engine = e;
        Seeder.Round discoveryRound = e.startRound();
        try {
            e.scanDue(List.of(store[0]), clock.instant(), 100_000);
            while (!stopping && e.stoppedBy().isEmpty() && !e.awaitIdle(Duration.ofSeconds(1))) {
                // progress is reported by the listener as work completes
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            e.stop();
            engine = null;
        }
        discoveryRound.report().forEach(listener::info);
        int open = store[0].awaitAll(config.deliveryTimeout());
        if (open > 0) {
            listener.info(open + " record(s) still unacknowledged at the end of the run; they stay pending for the next run");
        }
        return new Outcome(stats, stats.total(h -> h.fetched), stats.total(h -> h.published),
                stats.total(h -> h.unchanged) + stats.total(h -> h.notModified), store[0].undelivered(),
                stats.total(h -> h.errors), stats.total(h -> h.deadLettered), e.stoppedBy());
    }

    /**
     * Waits {@code every} between runs until {@link #stop()}, or until a run is stopped by an error no later run
     * could get past (disk full, an Error); returns the outcome of the last run.
     */
    public Outcome runEvery(Duration every, Supplier<CrawlListener> perRun, Consumer<Outcome> afterRun) {
        Outcome last = null;
        while (!stopRequested) {
            Instant started = Instant.now();
            last = runOnce(perRun.get());
            afterRun.accept(last);
            if (last.stoppedBy().isPresent()) {
                break;
            }
            long waitMs = Duration.between(Instant.now(), started.plus(every)).toMillis();
            try {
                if (waitMs > 0 && stopped.await(waitMs, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return last;
    }

    /** Asks the crawl to finish what is in flight, save state and return (SIGTERM). */
    public void stop() {
        stopRequested = true;
        stopping = true;
        stopped.countDown();
        CrawlEngine e = engine;
        if (e != null) {
            e.stop();
        }
    }

    /** Waits until {@link #close()} has run (for a shutdown hook that must not end the JVM before state is saved). */
    public boolean awaitClosed(Duration timeout) {
        try {
            return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closeAll(opened, e -> System.err.println("newsline: while closing: " + e.getMessage()));
        closed.countDown();
    }

    /** Closes in the reverse order of opening, passing on what fails to close. */
    private static void closeAll(List<AutoCloseable> opened, Consumer<Exception> failed) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                failed.accept(e);
            }
        }
    }

    /**
     * The crawl's frontier: a found URL is recorded in the crawl state; a due one (or one whose source announces an
     * edit since its last fetch) is fetched now, once per run and within the page budget.
     */
    private void offer(String url, Optional<DiscoveredUrl> hint, CrawlListener listener) {
        if (hint.isPresent()) {
            hints.put(url, hint.get());
            if (state.discover(url, UrlKind.ARTICLE, clock.instant())) {
                listener.discovered(SiteProfile.hostOf(url).orElse("?"), url, hint.get().source());
            }
            Instant now = clock.instant();
            // an edit the sitemap or feed announces after the last fetch makes the URL due now, whatever its age
            if (state.url(url).filter(s -> s.isDue(now) || hint.get().announcesEditSince(s.lastFetched())).isEmpty()) {
                return;
            }
        }
        if (stopping || !enqueued.add(url)) {
            return;
        }
        if (articleBudget.getAndDecrement() <= 0) {
            enqueued.remove(url);
            return;
        }
        CrawlEngine e = engine;
        if (e != null) {
            e.fetch(url, Optional.ofNullable(hints.get(url)), CrawlEngine.Release.NONE);
        }
    }
}
