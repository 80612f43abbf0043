package io.newsline.crawler.run;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticlePublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One crawl: reconcile what an earlier run left pending, discover article URLs from the sites' sitemaps,
 * feeds and section pages, fetch the due ones politely, parse them, and publish each new article version
 * exactly once. Pages that fail extraction go to the dead-letter topic; nothing stops the run but a dead broker.
 */
public final class CrawlRun {

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
    private final CrawlState state;
    private final ArticlePublisher publisher;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final CrawlListener listener;
    private final RunStats stats;
    private final HostMemory hostMemory;

    private final Set<String> enqueued = ConcurrentHashMap.newKeySet();
    private final Map<String, DiscoveredUrl> hints = new ConcurrentHashMap<>();
    private final AtomicInteger articleBudget = new AtomicInteger();
    private volatile boolean stopping;
    private volatile CrawlEngine engine;
    private CrawlStore store;

    /** A run that remembers nothing of earlier runs' hosts (one-off runs and tests). */
    public CrawlRun(CrawlConfig config, SiteProfiles profiles, CrawlState state, ArticlePublisher publisher,
                    HttpFetcher fetcher, Clock clock, CrawlListener listener) {
        this(config, profiles, state, publisher, fetcher, clock, listener, HostMemory.fresh(fetcher, clock, profiles));
    }

    /**
     * @param hostMemory robots.txt and request times of the hosts, shared by the consecutive runs of one process so
     *                   that politeness holds across them
     */
    public CrawlRun(CrawlConfig config, SiteProfiles profiles, CrawlState state, ArticlePublisher publisher,
                    HttpFetcher fetcher, Clock clock, CrawlListener listener, HostMemory hostMemory) {
        this.config = config;
        this.profiles = profiles;
        this.state = state;
        this.publisher = publisher;
        this.fetcher = fetcher;
        this.clock = clock;
        this.hostMemory = hostMemory;
        this.stats = new RunStats();
        this.listener = new FanOutListener(List.of(stats, listener));
    }

    public RunStats stats() {
        return stats;
    }

    /** Asks a running crawl to finish what is in flight and stop taking new work. */
    public void stop() {
        stopping = true;
        CrawlEngine e = engine;
        if (e != null) {
            e.stop();
        }
    }

    public Outcome run() {
        new PendingReconciler(state, publisher.config(), config.topic(), listener).reconcile(config.brokerTimeout());
        long runId = state.startRun(clock.instant(), publisher.endOffsets());
        engine = CrawlEngine.builder(profiles, fetcher, clock, hostMemory.robots())
                .turns(hostMemory.turns())
                .listener(listener)
                .fetchesFrom(url -> !stopping)
                .storeFor(url -> store)
                .frontier(this::offer)
                .build();
        // the ledger reports to the engine, so that a state it cannot write stops the engine like any other
        PublicationLedger ledger = new PublicationLedger(state, publisher, runId, engine.events(), () -> {
            listener.info("Kafka at " + publisher.config().bootstrapServers() + " stopped acknowledging records; "
                    + "stopping this run, since pages fetched now could not be published");
            stopping = true; // the run loop notices within a second and stops the engine
        });
        store = new LocalStore(state, ledger, publisher);
        if (stopping) {
            engine.stop(); // stopped before the engine existed
        }
        articleBudget.set(config.maxPages() == 0 ? Integer.MAX_VALUE : config.maxPages());
        Seeder.Round discoveryRound = engine.startRound();
        try {
            engine.scanDue(List.of(store), clock.instant(), 100_000);
            while (!stopping && engine.stoppedBy().isEmpty() && !engine.awaitIdle(Duration.ofSeconds(1))) {
                // progress is reported by the listener as work completes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop();
        }
        discoveryRound.report().forEach(listener::info);
        int open = ledger.awaitAll(config.deliveryTimeout());
        long undelivered = ledger.undelivered();
        if (open > 0) {
            listener.info(open + " record(s) still unacknowledged at the end of the run; they stay pending for the next run");
        }
        return new Outcome(stats, stats.total(h -> h.fetched), stats.total(h -> h.published),
                stats.total(h -> h.unchanged) + stats.total(h -> h.notModified), undelivered,
                stats.total(h -> h.errors), stats.total(h -> h.deadLettered), engine.stoppedBy());
    }

    /**
     * The crawl's frontier: a found URL is recorded in the crawl state; a due one is fetched now, once per run and
     * within the page budget.
     */
    private void offer(String url, Optional<DiscoveredUrl> hint) {
        if (hint.isPresent()) {
            hints.put(url, hint.get());
            if (state.discover(url, UrlKind.ARTICLE, clock.instant())) {
                listener.discovered(SiteProfile.hostOf(url).orElse("?"), url);
            }
            if (state.url(url).filter(s -> s.isDue(clock.instant())).isEmpty()) {
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
        engine.fetch(url, Optional.ofNullable(hints.get(url)), CrawlEngine.Release.NONE);
    }
}
