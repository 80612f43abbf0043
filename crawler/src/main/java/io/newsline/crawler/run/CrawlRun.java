package io.newsline.crawler.run;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.url.UrlNormalizer;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.record.DeadLetter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    private final ArticleSink sink = new LedgerSink();
    private final LinkDiscovery discovery;

    private final Set<String> enqueued = ConcurrentHashMap.newKeySet();
    private final Map<String, DiscoveredUrl> hints = new ConcurrentHashMap<>();
    private final AtomicInteger articleBudget = new AtomicInteger();
    private final AtomicReference<String> stoppedBy = new AtomicReference<>();
    private final HostMemory hostMemory;
    private final SitemapBudget sitemapBudget = new SitemapBudget();
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
        articleBudget.set(config.maxPages() == 0 ? Integer.MAX_VALUE : config.maxPages());
        robots = hostMemory.robots();
        scheduler = PoliteScheduler.builder()
                .profiles(profiles::forHost)
                .robots(robots)
                .turns(hostMemory.turns())
                .listener(new PolitenessEvents(listener))
                .clock(clock)
                .build();
        try {
            for (SiteProfile profile : profiles.all()) {
                seed(profile);
            }
            for (UrlState due : state.due(UrlKind.ARTICLE, clock.instant(), 100_000)) {
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
        sitemapBudget.report().forEach(listener::info);
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

    private void seed(SiteProfile profile) {
        SiteProfile effective = profile;
        for (String url : profile.start().sitemaps()) {
            submitDiscovery(url, LinkDiscovery.Kind.SITEMAP, effective, 0);
        }
        for (String url : profile.start().feeds()) {
            submitDiscovery(url, LinkDiscovery.Kind.FEED, effective, 0);
        }
        for (String url : profile.start().sections()) {
            submitDiscovery(url, LinkDiscovery.Kind.LISTING, effective, 0);
        }
        if (profile.start().robotsSitemaps()) {
            Set<String> origins = new java.util.LinkedHashSet<>();
            for (String url : startUrls(profile)) {
                origins.add(origin(url));
            }
            for (String origin : origins) {
                // a task of its own, so that reading robots.txt takes the host's turn like any request
                scheduler.submit(origin + "/robots.txt", url -> {
                    for (String sitemap : robots.sitemaps(url)) {
                        submitDiscovery(sitemap, LinkDiscovery.Kind.SITEMAP, profile, 0);
                    }
                    return HostFeedback.ok();
                });
            }
        }
    }

    private static List<String> startUrls(SiteProfile p) {
        List<String> all = new ArrayList<>(p.start().sitemaps());
        all.addAll(p.start().feeds());
        all.addAll(p.start().sections());
        return all;
    }

    private static String origin(String url) {
        java.net.URI u = java.net.URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /** @param depth sitemap index levels above this page (0 for a start point) */
    private void submitDiscovery(String rawUrl, LinkDiscovery.Kind kind, SiteProfile profile, int depth) {
        Optional<String> url = UrlNormalizer.forProfile(profile).normalize(rawUrl);
        if (url.isEmpty() || stopping || !enqueued.add("D " + url.get())) {
            return;
        }
        if (kind == LinkDiscovery.Kind.SITEMAP && !sitemapBudget.admit(profile, depth)) {
            return;
        }
        scheduler.submit(url.get(), u -> discover(u, kind, profile, depth));
    }

    private HostFeedback discover(String url, LinkDiscovery.Kind kind, SiteProfile profile, int depth) {
        return discovery.discover(url, kind, profile, new LinkDiscovery.Found() {
            @Override
            public void childSitemap(String child, SiteProfile p) {
                submitDiscovery(child, LinkDiscovery.Kind.SITEMAP, p, depth + 1);
            }

            @Override
            public void article(String normalized, DiscoveredUrl hint) {
                hints.put(normalized, hint);
                if (state.discover(normalized, UrlKind.ARTICLE, clock.instant())) {
                    listener.discovered(SiteProfile.hostOf(normalized).orElse("?"), normalized);
                }
                state.url(normalized).filter(s -> s.isDue(clock.instant())).ifPresent(s -> submitArticle(s.url()));
            }
        });
    }

    private void submitArticle(String url) {
        if (stopping || !enqueued.add("A " + url)) {
            return;
        }
        if (articleBudget.getAndDecrement() <= 0) {
            enqueued.remove("A " + url);
            return;
        }
        scheduler.submit(url, this::fetchArticle);
    }

    private HostFeedback fetchArticle(String url) {
        return pipeline.process(url, sink, hints.get(url));
    }

    /** The single-process sink: SQLite state, and publication through the ledger (pending until acknowledged). */
    private final class LedgerSink implements ArticleSink {
        @Override
        public Optional<UrlState> url(String url) {
            return state.url(url);
        }

        @Override
        public Decision publishIfChanged(io.newsline.parser.Article article, Instant fetchedAt, UrlState after, String host) {
            Decision decision = ledger.publishIfChanged(article, fetchedAt, after, host);
            if (decision instanceof Decision.Unchanged) {
                state.saveUrl(after);
            }
            return decision;
        }

        @Override
        public void save(UrlState urlState) {
            state.saveUrl(urlState);
        }

        @Override
        public void deadLetter(DeadLetter deadLetter) {
            publisher.deadLetter(deadLetter);
        }
    }

    private void report(String host, String url, FetchResult result) {
        ArticlePipeline.report(listener, host, url, result);
    }
}
