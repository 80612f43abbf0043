package io.newsline.crawler.worker;

import io.newsline.crawler.archive.ArchiveException;
import io.newsline.crawler.archive.PageArchive;
import io.newsline.crawler.archive.WarcArchive;
import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.frontier.OwnedPartition;
import io.newsline.crawler.frontier.SiteKey;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.run.ArticleLocks;
import io.newsline.crawler.run.CrawlEngine;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.FanOutListener;
import io.newsline.crawler.run.RunStats;
import io.newsline.crawler.run.Seeder;
import io.newsline.crawler.state.UrlState;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.PublisherConfig;
import io.newsline.publisher.work.FrontierTopics;
import io.newsline.publisher.work.Outgoing;
import io.newsline.publisher.work.WorkSession;
import io.newsline.publisher.work.WorkSessionLostException;
import io.newsline.publisher.work.WorkTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One {@code newsline worker} process: a member of a consumer group over the frontier topic. For each frontier
 * partition it is assigned it restores the partition's crawl state, reads the sitemaps, feeds and sections of the
 * seeds whose site hashes to it (on assignment and every {@code discoverEvery}), re-enqueues URLs due again, and
 * fetches the partition's URLs through one {@link CrawlEngine} per generation (the engine of {@code newsline crawl},
 * over a {@link PartitionStore} per partition and the frontier topic as its frontier). Article records, state records,
 * discovered URLs and the frontier offsets are written in one Kafka transaction, committed every
 * {@code commitEvery}: a worker that dies leaves an open transaction the broker aborts, and the new owner of its
 * partitions redoes that work from the last committed offsets and state.
 *
 * <p>Politeness holds across workers because one site (registrable domain) is on one partition, so one owner at a
 * time; after an assignment the new owner waits one politeness delay before its first request.
 *
 * <p>With {@link io.newsline.crawler.run.CrawlSettings#warc()}, every fetched article page is written to the WARC archive before anything is
 * published from it, and the archive is forced to disk when {@link #run()} returns.
 */
public final class WorkerRun {
    /**
     * Frontier URLs a worker takes and has not finished, in all its partitions together, before it pauses them: about
     * 10 MB of queued URLs. Each partition gets an equal share, never less than {@link #MIN_OPEN_PER_PARTITION}. A
     * share, not a cap on all: a frontier partition holds its sites' URLs one sitemap after another, so a cap on all
     * would let one or two partitions (one or two hosts, fetched one request at a time) fill it and idle the other
     * hosts. A large share, not a small one: a partition must read past one site's long sitemap to reach its other
     * sites, which otherwise wait until most of that sitemap is fetched, one politeness delay at a time.
     */
    private static final int MAX_OPEN = 24_000;
    private static final int MIN_OPEN_PER_PARTITION = 500;
    private static final int MAX_DUE_PER_SCAN = 5000;
    private static final Duration RESTART_BACKOFF = Duration.ofSeconds(1);

    private final WorkerConfig config;
    private final SiteProfiles profiles;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final CrawlListener listener;
    private PageArchive archive = PageArchive.NONE; // opened by run(): a worker that never runs leaves nothing open
    private final RunStats stats = new RunStats();
    private final java.util.concurrent.atomic.AtomicLong publishedCommitted = new java.util.concurrent.atomic.AtomicLong();
    private final RobotsCache robots;
    private final Duration handoffDelay;
    private final ArticleLocks articleLocks = new ArticleLocks();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private final AtomicReference<String> stoppedBy = new AtomicReference<>();
    private volatile WorkSession kafka;

    // one generation: what this worker does for the partitions it owns now
    private final Map<Integer, OwnedPartition> owned = new ConcurrentHashMap<>();
    private final Map<Integer, PartitionStore> stores = new ConcurrentHashMap<>();
    private final Map<String, Instant> requeued = new ConcurrentHashMap<>();
    private volatile CrawlEngine engine;
    private Seeder.Round discoveryRound;
    private volatile boolean lost;
    private Instant lastDiscovery;
    private Instant lastRecrawlScan;
    private int partitions;
    private WorkTransaction txn;

    public WorkerRun(WorkerConfig config, SiteProfiles profiles, HttpFetcher fetcher, Clock clock, CrawlListener listener) {
        this.config = config;
        this.profiles = profiles;
        this.fetcher = fetcher;
        this.clock = clock;
        this.listener = new FanOutListener(List.of(stats, listener));
        this.robots = RobotsCache.over(fetcher, clock, profiles);
        this.handoffDelay = profiles.all().stream().map(p -> p.politeness().delay()).max(Duration::compareTo)
                .orElse(Duration.ofSeconds(1));
    }

    /** What the worker has done so far (fetched, published, ... per host). */
    public RunStats stats() {
        return stats;
    }

    /**
     * Article records published in committed transactions. Unlike {@code stats().total(h -> h.published)}, which counts
     * records when they are sent, it leaves out work whose transaction was aborted (a rebalance, a lost session).
     */
    public long publishedCommitted() {
        return publishedCommitted.get();
    }

    /** The frontier partitions this worker owns now. */
    public Set<Integer> ownedPartitions() {
        return new TreeSet<>(owned.keySet());
    }

    /** URLs of the owned partitions whose state is known. */
    public int knownUrls() {
        return owned.values().stream().mapToInt(OwnedPartition::urlCount).sum();
    }

    /** URLs taken from the frontier and not finished. */
    public int openUrls() {
        CrawlEngine e = engine;
        return e == null ? 0 : e.inFlightCount();
    }

    /** Why the worker stopped on its own: an error after which no work can be trusted (an Error in a task). */
    public Optional<String> stoppedBy() {
        return Optional.ofNullable(stoppedBy.get());
    }

    /**
     * Works until {@link #stop()} or an error that {@link io.newsline.crawler.run.ErrorKind#stopsRun() stops the run}
     * (see {@link #stoppedBy()}: the work since the last commit is not committed); a lost transaction or Kafka session restarts the work from the committed state.
     * The WARC archive, if any, is opened first and on return is on disk (fsync) and closed; a file it could not
     * finish is a {@link #stoppedBy()} reason.
     *
     * @throws ArchiveException before any work, when the {@code --warc} directory cannot be created
     */
    public void run() {
        try {
            archive = config.settings().warc().<PageArchive>map(w -> new WarcArchive(w, clock)).orElse(PageArchive.NONE);
            while (!stopping) {
                try {
                    session();
                } catch (WorkSessionLostException | IllegalStateException e) {
                    if (stopping) {
                        break;
                    }
                    listener.info("worker: " + e.getMessage() + "; restarting from the committed state in "
                            + RESTART_BACKOFF.toMillis() + " ms");
                    try {
                        TimeUnit.MILLISECONDS.sleep(RESTART_BACKOFF.toMillis());
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            try {
                archive.close(); // every session ended: no fetch writes to it any more
            } catch (ArchiveException e) {
                stoppedBy.compareAndSet(null, e.getMessage());
            } finally {
                finished.countDown();
            }
        }
    }

    /** Asks the worker to finish running fetches, commit and leave the group. */
    public void stop() {
        stopping = true;
        WorkSession k = kafka;
        if (k != null) {
            k.wakeup();
        }
    }

    /** Waits until {@link #run()} returned. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until Kafka answers this worker's clients (address, TLS and login), at most the broker timeout.
     *
     * @throws io.newsline.publisher.BrokerUnavailableException saying why not, and which settings to check
     */
    public void awaitKafka() {
        ArticlePublisher.awaitReachable(publisherConfig(), config.settings().brokerTimeout());
    }

    private PublisherConfig publisherConfig() {
        return config.settings().publisherConfig(config.kafka(), "newsline-worker");
    }

    private void session() {
        PublisherConfig publisherConfig = publisherConfig();
        partitions = FrontierTopics.ensure(publisherConfig, config.frontierTopic(), config.stateTopic(), config.partitions(),
                config.settings().brokerTimeout());
        lost = false;
        try (WorkSession k = WorkSession.open(new WorkSession.Settings(publisherConfig, config.group(), config.frontierTopic(),
                config.sessionTimeout(), config.transactionTimeout()), publishedCommitted::addAndGet)) {
            txn = k.transaction();
            kafka = k;
            try {
                work(k);
                endGeneration(true); // not after a stopping error: see endGeneration
            } catch (RuntimeException e) {
                endGeneration(false); // before the producer closes: running fetches still write to it
                throw e;
            }
        } finally {
            kafka = null;
            txn = null;
        }
    }

    private void work(WorkSession k) {
        k.subscribe(new Rebalance());
        Instant lastCommit = clock.instant();
        while (!stopping && !lost) {
            noticeStoppingError(engine);
            for (WorkSession.FrontierUrl r : k.poll(Duration.ofMillis(100))) {
                onFrontierRecord(k, r);
            }
            if (stopping) {
                break; // woken up by stop()
            }
            Instant now = clock.instant();
            if (!owned.isEmpty()) {
                maybeDiscover(now);
                maybeRequeueDue(now);
            }
            if (Duration.between(lastCommit, now).compareTo(config.commitEvery()) >= 0) {
                commit();
                lastCommit = now;
            }
            k.throttle(Math.max(MIN_OPEN_PER_PARTITION, MAX_OPEN / Math.max(1, owned.size())));
        }
        if (lost) {
            throw new IllegalStateException("worker lost its partitions (its Kafka session expired)");
        }
    }

    private final class Rebalance implements WorkSession.Ownership {
        @Override
        public void revoked(Set<Integer> revoked) {
            endGeneration(true);
        }

        @Override
        public void lost(Set<Integer> gone) {
            lost = true;
            endGeneration(false);
        }

        @Override
        public void assigned(Set<Integer> assigned) {
            startGeneration(assigned);
        }
    }

    private void startGeneration(Set<Integer> ids) {
        Instant assignedAt = clock.instant();
        owned.putAll(new StateRestorer(config.kafka(), config.settings().kafkaClient(), config.stateTopic(), config.stateDir()).restore(ids, config.settings().brokerTimeout()).partitions());
        owned.forEach((id, part) -> stores.put(id, new PartitionStore(part, txn, config, listener)));
        engine = CrawlEngine.builder(profiles, fetcher, clock, robots)
                .listener(listener)
                .threads(config.threads())
                .fetchesFrom(this::ownsSiteOf)
                .storeFor(url -> stores.get(SiteKey.partitionOf(url, partitions)))
                .frontier(this::offer)
                .articleLocks(articleLocks)
                .archive(archive)
                .build();
        discoveryRound = null;
        lastDiscovery = null;
        lastRecrawlScan = null;
        listener.info("worker: owns frontier partitions " + ids + " (" + knownUrls() + " URLs restored)");
        // The previous owner stopped fetching before this assignment; one delay later no host sees two requests too close.
        long waitMs = Duration.between(clock.instant(), assignedAt.plus(handoffDelay)).toMillis();
        if (waitMs > 0 && !ids.isEmpty()) {
            try {
                TimeUnit.MILLISECONDS.sleep(waitMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops the fetches of this generation; with {@code commit}, commits what they wrote and the offsets, unless an
     * error stopped the run: the process is no longer trusted, so its open transaction is left for the broker to abort.
     */
    private void endGeneration(boolean commit) {
        CrawlEngine e = engine;
        engine = null;
        if (e != null) {
            e.stop(); // queued URLs are handed back: their offsets stay open
            noticeStoppingError(e);
        }
        try {
            if (commit && stoppedBy.get() == null && txn != null && kafka != null) {
                commit();
            }
        } finally {
            owned.values().forEach(OwnedPartition::close); // their files stay, to be caught up when owned again
            owned.clear();
            stores.clear();
            requeued.clear();
            WorkSession k = kafka;
            if (k != null) {
                k.forgetOffsets();
            }
        }
    }

    private void noticeStoppingError(CrawlEngine e) {
        if (e != null && e.stoppedBy().isPresent() && stoppedBy.compareAndSet(null, e.stoppedBy().get())) {
            stopping = true;
        }
    }

    /**
     * Commits, then moves what the transaction carried into the partitions' files with the checkpoint it reached in
     * the state topic, so that a restart reads only what comes after. The changes are taken under the transaction's
     * lock, where every record sent so far has its change in place (PartitionStore puts it in the same emit).
     */
    private void commit() {
        Map<OwnedPartition, OwnedPartition.Written> written = new java.util.HashMap<>();
        WorkTransaction.Committed c = kafka.commit(() -> owned.values().forEach(p -> written.put(p, p.written())));
        // committed: the local files may have it now
        written.forEach((p, w) -> w.persist(c.nextOffset(config.stateTopic(), p.partition())));
    }

    private void onFrontierRecord(WorkSession k, WorkSession.FrontierUrl r) {
        OwnedPartition part = owned.get(r.partition());
        CrawlEngine e = engine;
        if (part == null || e == null || r.url() == null) {
            return;
        }
        String url = r.url();
        requeued.remove(url);
        // how it was found and what edit its source announced, whichever worker found it (none: found due again)
        DiscoveredUrl hint = FrontierHint.decode(url, r.hint()).orElse(null);
        Optional<UrlState> known = part.url(url);
        if (known.isPresent() && !dueNow(known.get(), hint) || e.inFlight(url)) {
            return; // done and not due again yet (listed again by a sitemap, redelivered after a crash), or in flight
        }
        k.started(r.partition(), r.offset());
        // a URL handed back unfinished (the generation ends, the engine stopped) keeps its offset open for the next owner
        e.fetch(url, Optional.ofNullable(hint), done -> {
            if (done) {
                k.finished(r.partition(), r.offset());
            }
        });
    }

    // ---- discovery: the owner of a seed's site reads its sitemaps, feeds and sections

    /** Every {@code discoverEvery}: reports what the sitemap caps cut in the last round and starts the next. */
    private void maybeDiscover(Instant now) {
        CrawlEngine d = engine;
        if (d == null || lastDiscovery != null && now.isBefore(lastDiscovery.plus(config.discoverEvery()))) {
            return;
        }
        lastDiscovery = now;
        if (discoveryRound != null) {
            discoveryRound.report().forEach(line -> listener.info(line + " (last discovery cycle)"));
        }
        discoveryRound = d.startRound();
    }

    private boolean ownsSiteOf(String url) {
        try {
            return owned.containsKey(SiteKey.partitionOf(url, partitions));
        } catch (IllegalArgumentException notHttp) {
            return false;
        }
    }

    /**
     * The worker's frontier: writes {@code url} to the frontier topic, unless its owner is this worker and knows it is
     * not due or works on it; a URL found due again goes out once until it comes back. What discovery said of it goes
     * with it in the record ({@link FrontierHint}).
     */
    private void offer(String url, Optional<DiscoveredUrl> hint) {
        int p = SiteKey.partitionOf(url, partitions);
        OwnedPartition part = owned.get(p);
        CrawlEngine e = engine;
        if (part != null) {
            Optional<UrlState> known = part.url(url);
            if (known.isPresent() && !dueNow(known.get(), hint.orElse(null)) || e != null && e.inFlight(url)) {
                return;
            }
            if (hint.isEmpty() && requeued.putIfAbsent(url, clock.instant()) != null) {
                return;
            }
            if (hint.isPresent() && known.isEmpty()) {
                listener.discovered(SiteProfile.hostOf(url).orElse("?"), url, hint.get().source());
            }
        }
        WorkTransaction t = txn;
        if (t != null) {
            // the hint travels with the URL: the owner of its partition fetches it as if it had found it itself
            t.emit(List.of(Outgoing.frontierUrl(config.frontierTopic(), p, SiteKey.of(url), url,
                    hint.map(FrontierHint::encode).orElse(null))));
        }
    }

    /** Due by its schedule, or by an edit its sitemap or feed announced after its last fetch (whatever its age). */
    private boolean dueNow(UrlState known, DiscoveredUrl hint) {
        return known.isDue(clock.instant()) || hint != null && hint.announcesEditSince(known.lastFetched());
    }

    /** Every {@code recrawlScanEvery}: the owner re-enqueues URLs whose due time has come. */
    private void maybeRequeueDue(Instant now) {
        CrawlEngine e = engine;
        if (e == null || lastRecrawlScan != null && now.isBefore(lastRecrawlScan.plus(config.recrawlScanEvery()))) {
            return;
        }
        lastRecrawlScan = now;
        e.scanDue(stores.values(), now, MAX_DUE_PER_SCAN);
    }
}
