package io.newsline.crawler.run;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
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
import java.util.concurrent.atomic.AtomicReference;

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
    private final ArticlePipeline pipeline;
    private ArticleSink sink;
    private final LinkDiscovery discovery;

    private final Set<String> enqueued = ConcurrentHashMap.newKeySet();
    private final Map<String, DiscoveredUrl> hints = new ConcurrentHashMap<>();
    private final AtomicInteger articleBudget = new AtomicInteger();
    private final AtomicReference<String> stoppedBy = new AtomicReference<>();
    private final HostMemory hostMemory;
    private volatile boolean stopping;
    private PoliteScheduler scheduler;
    private RobotsCache robots;
    private PublicationLedger ledger;

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
        this.listener = new FanOutListener(List.of(stats, new StopOnFatalError(), listener));
        this.pipeline = new ArticlePipeline(profiles, fetcher, clock, this.listener);
        this.discovery = new LinkDiscovery(profiles, fetcher, clock, this.listener);
    }

    public RunStats stats() {
        return stats;
    }

    /** Asks a running crawl to finish what is in flight and stop taking new work. */
    public void stop() {
        stopping = true;
        PoliteScheduler s = scheduler;
        if (s != null) {
            try {
                s.shutdownGracefully(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Outcome run() {
        new PendingReconciler(state, publisher.config().bootstrapServers(), config.topic(), listener).reconcile(config.brokerTimeout());
        long runId = state.startRun(clock.instant(), publisher.endOffsets());
        ledger = new PublicationLedger(state, publisher, runId, listener, () -> {
            listener.info("Kafka at " + publisher.config().bootstrapServers() + " stopped acknowledging records; "
                    + "stopping this run, since pages fetched now could not be published");
            stopping = true; // the run loop notices within a second and shuts the scheduler down
        });
        CrawlStore store = new LocalStore(state, ledger, publisher);
        sink = new StoreSink(store, new ArticleLocks());
        articleBudget.set(config.maxPages() == 0 ? Integer.MAX_VALUE : config.maxPages());
        robots = hostMemory.robots();
        scheduler = PoliteScheduler.builder()
                .profiles(profiles::forHost)
                .robots(robots)
                .turns(hostMemory.turns())
                .listener(new PolitenessEvents(listener))
                .clock(clock)
                .build();
        Seeder.Round discoveryRound = null;
        try {
            discoveryRound = new Seeder(profiles, discovery, robots, scheduler, url -> !stopping, this::articleFound)
                    .startRound();
            for (UrlState due : store.due(clock.instant(), 100_000)) {
                submitArticle(due.url());
            }
            while (!stopping && !scheduler.awaitIdle(Duration.ofSeconds(1))) {
                // progress is reported by the listener as work completes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop();
        }
        if (discoveryRound != null) {
            discoveryRound.report().forEach(listener::info);
        }
        int open = ledger.awaitAll(config.deliveryTimeout());
        long undelivered = ledger.undelivered();
        if (open > 0) {
            listener.info(open + " record(s) still unacknowledged at the end of the run; they stay pending for the next run");
        }
        return new Outcome(stats, stats.total(h -> h.fetched), stats.total(h -> h.published),
                stats.total(h -> h.unchanged) + stats.total(h -> h.notModified), undelivered,
                stats.total(h -> h.errors), stats.total(h -> h.deadLettered), Optional.ofNullable(stoppedBy.get()));
    }

    /** Stops the run at the first error it cannot go on after (crawl state unwritable, an Error in a task). */
    private final class StopOnFatalError implements CrawlListener {
        @Override
        public void error(String host, String url, ErrorKind kind, String message) {
            if (kind.stopsRun() && stoppedBy.compareAndSet(null, kind.label() + ": " + message)) {
                listener.info("stopping this run: " + message);
                stopping = true; // the run loop notices within a second and shuts the scheduler down
            }
        }
    }

    /** An article URL discovery found: remembered, with what its source said, and fetched when due. */
    private void articleFound(String url, DiscoveredUrl hint) {
        hints.put(url, hint);
        if (state.discover(url, UrlKind.ARTICLE, clock.instant())) {
            listener.discovered(SiteProfile.hostOf(url).orElse("?"), url);
        }
        state.url(url).filter(s -> s.isDue(clock.instant())).ifPresent(s -> submitArticle(s.url()));
    }

    private void submitArticle(String url) {
        if (stopping || !enqueued.add(url)) {
            return;
        }
        if (articleBudget.getAndDecrement() <= 0) {
            enqueued.remove(url);
            return;
        }
        scheduler.submit(url, this::fetchArticle);
    }

    private HostFeedback fetchArticle(String url) {
        return pipeline.process(url, sink, hints.get(url));
    }
}
