package io.newsline.crawler.run;

import io.newsline.crawler.archive.PageArchive;
import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostTurns;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.state.UrlState;
import io.newsline.parser.profile.SiteProfiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The crawl engine of one scheduler lifetime (one {@code newsline crawl} run, or one generation of a worker's
 * partitions): seeding and discovery ({@link Seeder}), the recrawl scan, politeness ({@link PoliteScheduler}), the
 * fetch/parse pipeline ({@link ArticlePipeline}) and publication through the {@link StoreSink} of the URL's
 * {@link CrawlStore}. A mode differs only in its seams: where a URL's state lives ({@code storeFor}) and where found
 * and due URLs go ({@link Frontier}); URLs come back as {@link #fetch}.
 *
 * <p>An error whose {@link ErrorKind#stopsRun() kind stops the run}, reported by anything of this engine (or by
 * whatever reports to {@link #events()}), makes the engine take no new work; {@link #stoppedBy()} says why. Both
 * modes end on it and fail.
 */
public final class CrawlEngine {

    /** Where the URLs the engine finds or finds due again go; called on fetch threads and the caller's thread. */
    @FunctionalInterface
    public interface Frontier {
        /**
         * @param url  a normalized article URL this process fetches from
         * @param hint what its discovery source said; empty for a URL its store found due again
         */
        void offer(String url, Optional<DiscoveredUrl> hint);
    }

    /** Told once when the work on a URL handed to {@link #fetch} is over. */
    @FunctionalInterface
    public interface Release {
        Release NONE = done -> { };

        /**
         * @param done true when the URL was worked on (or given up for good: robots.txt, a parked host); false when
         *             it was handed back unfinished (the engine stopped, or an Error cut the task short)
         */
        void released(boolean done);
    }

    private final PoliteScheduler scheduler;
    private final ArticlePipeline pipeline;
    private final Seeder seeder;
    private final Function<String, CrawlStore> storeFor;
    private final Frontier frontier;
    private final ArticleLocks locks;
    private final CrawlListener events;
    private final Map<CrawlStore, StoreSink> sinks = new ConcurrentHashMap<>();
    private final Map<String, Release> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<String> stoppedBy = new AtomicReference<>();
    private final AtomicReference<Seeder.Round> round = new AtomicReference<>();
    private volatile boolean ending;

    private CrawlEngine(Builder b) {
        this.storeFor = Objects.requireNonNull(b.storeFor, "storeFor");
        this.frontier = Objects.requireNonNull(b.frontier, "frontier");
        this.locks = b.locks;
        this.events = new FanOutListener(List.of(b.listener, new StopOnError(b.listener)));
        PoliteScheduler.Builder s = PoliteScheduler.builder()
                .profiles(b.profiles::forHost)
                .robots(b.robots)
                .listener(new Releasing(events))
                .clock(b.clock);
        if (b.turns != null) {
            s.turns(b.turns);
        }
        if (b.threads > 0) {
            s.threads(b.threads);
        }
        this.scheduler = s.build();
        this.pipeline = new ArticlePipeline(b.profiles, b.fetcher, b.clock, events,
                io.newsline.crawler.extract.PageTimeLimit.DEFAULT, b.archive, (page, links, profile) -> {
                    Seeder.Round r = round.get();
                    if (r != null && !isStopped()) {
                        r.linked(page, links, profile, b.clock.instant());
                    }
                });
        Predicate<String> fetchesFrom = b.fetchesFrom;
        this.seeder = new Seeder(b.profiles, new LinkDiscovery(b.profiles, b.fetcher, b.clock, events), b.robots,
                scheduler, url -> !isStopped() && fetchesFrom.test(url), (url, hint) -> frontier.offer(url, Optional.of(hint)));
    }

    public static Builder builder(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, RobotsCache robots) {
        return new Builder(profiles, fetcher, clock, robots);
    }

    /** The listener of this engine's events; report here what must stop the engine too (a ledger's state errors). */
    public CrawlListener events() {
        return events;
    }

    /**
     * Starts a discovery round over the seeds; a crawl runs one, a worker one per discovery cycle. The links of the
     * article pages fetched from then on are found in this round, within its {@code discovery.maxLinkedPerRun}.
     */
    public Seeder.Round startRound() {
        Seeder.Round r = seeder.startRound();
        round.set(r);
        return r;
    }

    /** Offers the frontier every URL of {@code stores} due at {@code now}, at most {@code limit} per store. */
    public void scanDue(Collection<? extends CrawlStore> stores, Instant now, int limit) {
        for (CrawlStore store : stores) {
            for (UrlState due : store.due(now, limit)) {
                if (isStopped()) {
                    return;
                }
                frontier.offer(due.url(), Optional.empty());
            }
        }
    }

    /**
     * Queues {@code url} for the pipeline, publishing through its store. Returns false, and does nothing, when the URL
     * is already in flight or the engine stopped; otherwise {@code release} is told exactly once when the work ends.
     */
    public boolean fetch(String url, Optional<DiscoveredUrl> hint, Release release) {
        if (isStopped() || inFlight.putIfAbsent(url, release) != null) {
            return false;
        }
        scheduler.submit(url, u -> {
            boolean done = false;
            try {
                var result = pipeline.process(u, sinks.computeIfAbsent(storeFor.apply(u), st -> new StoreSink(st, locks)),
                        hint.orElse(null));
                done = true;
                return result;
            } catch (RuntimeException e) {
                done = true; // reported by the scheduler as a failed task; retrying it would fail the same way
                throw e;
            } finally {
                release(u, done);
            }
        });
        return true;
    }

    /** True while the work on {@code url} handed to {@link #fetch} is not over. */
    public boolean inFlight(String url) {
        return inFlight.containsKey(url);
    }

    /** URLs handed to {@link #fetch} whose work is not over. */
    public int inFlightCount() {
        return inFlight.size();
    }

    /** Waits until nothing is queued or running; false when {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return scheduler.awaitIdle(timeout);
    }

    /** Why the engine stopped taking work (an error of a kind that {@link ErrorKind#stopsRun() stops the run}). */
    public Optional<String> stoppedBy() {
        return Optional.ofNullable(stoppedBy.get());
    }

    /**
     * Stops taking work, lets running tasks finish (up to a minute) and hands queued URLs back unfinished (their
     * {@link Release} is told {@code false}, and they are not reported as skipped).
     */
    public void stop() {
        ending = true;
        try {
            scheduler.shutdownGracefully(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isStopped() {
        return ending || stoppedBy.get() != null;
    }

    private void release(String url, boolean done) {
        Release r = inFlight.remove(url);
        if (r != null) {
            r.released(done);
        }
    }

    /** Records the first error that stops the run, so that the engine takes no new work. */
    private final class StopOnError implements CrawlListener {
        private final CrawlListener out;

        StopOnError(CrawlListener out) {
            this.out = out;
        }

        @Override
        public void error(String host, String url, ErrorKind kind, String message) {
            if (kind.stopsRun() && stoppedBy.compareAndSet(null, kind.label() + ": " + message)) {
                out.info("stopping this run: " + message);
            }
        }
    }

    /** Releases the URLs the scheduler gives up (robots.txt, a parked host) or, at the end, hands back. */
    private final class Releasing extends PolitenessEvents {
        Releasing(CrawlListener events) {
            super(events);
        }

        @Override
        public void robotsDenied(String url) {
            super.robotsDenied(url);
            release(url, true);
        }

        @Override
        public void dropped(String url, String reason) {
            boolean handedBack = ending && inFlight.containsKey(url);
            if (!handedBack) {
                super.dropped(url, reason);
            }
            release(url, !handedBack);
        }
    }

    /** The engine's parts and seams; {@code storeFor} and {@code frontier} are required. */
    public static final class Builder {
        private final SiteProfiles profiles;
        private final HttpFetcher fetcher;
        private final Clock clock;
        private final RobotsCache robots;
        private CrawlListener listener = CrawlListener.NONE;
        private HostTurns turns;
        private int threads;
        private Predicate<String> fetchesFrom = url -> true;
        private Function<String, CrawlStore> storeFor;
        private Frontier frontier;
        private ArticleLocks locks = new ArticleLocks();
        private PageArchive archive = PageArchive.NONE;

        private Builder(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, RobotsCache robots) {
            this.profiles = Objects.requireNonNull(profiles, "profiles");
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.robots = Objects.requireNonNull(robots, "robots");
        }

        public Builder listener(CrawlListener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /** Request times of the hosts, shared with earlier engines so that politeness holds across them. */
        public Builder turns(HostTurns t) {
            this.turns = Objects.requireNonNull(t, "turns");
            return this;
        }

        /** Fetch threads; the scheduler's default when not given. */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Whether this process fetches from {@code url}'s site (a worker: it owns the site's partition). */
        public Builder fetchesFrom(Predicate<String> p) {
            this.fetchesFrom = Objects.requireNonNull(p, "fetchesFrom");
            return this;
        }

        /** The store of a URL this process fetches. */
        public Builder storeFor(Function<String, CrawlStore> f) {
            this.storeFor = f;
            return this;
        }

        public Builder frontier(Frontier f) {
            this.frontier = f;
            return this;
        }

        /** Shared by every engine that publishes to one topic, so that one article's versions go out in order. */
        public Builder articleLocks(ArticleLocks l) {
            this.locks = Objects.requireNonNull(l, "articleLocks");
            return this;
        }

        /** Where every fetched article page is kept before anything is published from it ({@code --warc}). */
        public Builder archive(PageArchive a) {
            this.archive = Objects.requireNonNull(a, "archive");
            return this;
        }

        public CrawlEngine build() {
            return new CrawlEngine(this);
        }
    }
}
