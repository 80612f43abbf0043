package io.newsline.crawler.run;

import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.state.CrawlState;
import io.newsline.publisher.DataDirLock;
import io.newsline.crawler.state.SqliteCrawlState;
import io.newsline.crawler.state.StateBinding;
import io.newsline.crawler.state.StateMismatchException;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.PublisherConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Everything one {@code newsline crawl} process holds open: the data directory's lock, the crawl state, the
 * embedded broker (when no external one is given), the publisher and the HTTP client. Opened in the order
 * that fails fastest and cheapest: site files, lock, broker, and only then any fetching.
 */
public final class CrawlSession implements AutoCloseable {
    private final CrawlConfig config;
    private final SiteProfiles profiles;
    private final DataDirLock lock;
    private final CrawlState state;
    private final EmbeddedBroker broker;
    private final ArticlePublisher publisher;
    private final HttpFetcher fetcher;
    private final HostMemory hostMemory;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile CrawlRun current;

    private CrawlSession(CrawlConfig config, SiteProfiles profiles, DataDirLock lock, CrawlState state,
                         EmbeddedBroker broker, ArticlePublisher publisher, HttpFetcher fetcher) {
        this.config = config;
        this.profiles = profiles;
        this.lock = lock;
        this.state = state;
        this.broker = broker;
        this.publisher = publisher;
        this.fetcher = fetcher;
        this.hostMemory = HostMemory.fresh(fetcher, Clock.systemUTC(), profiles);
    }

    public static CrawlSession open(CrawlConfig config, CrawlListener listener) {
        SiteProfiles profiles = new SeedsReader().read(config.seeds()).withDelay(config.delay());
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            DataDirLock lock = DataDirLock.acquire(config.data(), DataDirLock.Use.CRAWL);
            opened.add(lock);
            CrawlState state = SqliteCrawlState.open(stateFile(config));
            opened.add(state);
            EmbeddedBroker broker = null;
            String bootstrap;
            Optional<String> running = EmbeddedBroker.runningIn(config.data());
            if (config.kafka().isPresent()) {
                bootstrap = config.kafka().get();
            } else if (running.isPresent()) {
                bootstrap = running.get(); // `newsline broker --data` runs it for several processes
                listener.info("no --kafka given: using the broker `newsline broker` runs at " + bootstrap);
            } else {
                broker = EmbeddedBroker.start(EmbeddedBroker.inDataDir(config.data()), 0);
                opened.add(broker);
                bootstrap = broker.bootstrapServers();
                listener.info("no --kafka given: started an embedded Kafka broker at " + bootstrap + " with its data in "
                        + EmbeddedBroker.inDataDir(config.data()) + " (read it with: newsline tail --data " + config.data() + ")");
            }
            ArticlePublisher publisher = ArticlePublisher.connect(PublisherConfig.defaults(bootstrap).withTopic(config.topic())
                    .withDeadLetterTopic(config.deadLetterTopic()).withClientId("newsline-crawler")
                    .withDeliveryTimeout(config.deliveryTimeout()).withClient(config.kafkaClient()), config.brokerTimeout());
            opened.add(publisher);
            bindState(state, config, new StateBinding(publisher.clusterId(), config.topic()), listener);
            HttpFetcher fetcher = new HttpFetcher(config.fetch());
            return new CrawlSession(config, profiles, lock, state, broker, publisher, fetcher);
        } catch (RuntimeException e) {
            for (int i = opened.size() - 1; i >= 0; i--) {
                try {
                    opened.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
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

    public SiteProfiles profiles() {
        return profiles;
    }

    /** Runs one crawl; robots.txt and the hosts' request times carry over from the session's earlier runs. */
    public CrawlRun.Outcome runOnce(CrawlListener runListener) {
        CrawlRun run = new CrawlRun(config, profiles, state, publisher, fetcher, Clock.systemUTC(), runListener, hostMemory);
        current = run;
        if (stopRequested) {
            run.stop();
        }
        try {
            return run.run();
        } finally {
            current = null;
        }
    }

    /**
     * Waits {@code every} between runs until {@link #stop()}, or until a run is stopped by an error no later run
     * could get past (disk full, an Error); returns the outcome of the last run.
     */
    public CrawlRun.Outcome runEvery(Duration every, java.util.function.Supplier<CrawlListener> perRun,
                                     java.util.function.Consumer<CrawlRun.Outcome> afterRun) {
        CrawlRun.Outcome last = null;
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

    /** Asks the session to finish in-flight work, save state and return (SIGTERM). */
    public void stop() {
        stopRequested = true;
        stopped.countDown();
        CrawlRun run = current;
        if (run != null) {
            run.stop();
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
        closeQuietly(fetcher);
        closeQuietly(publisher);
        closeQuietly(state);
        closeQuietly(broker);
        closeQuietly(lock);
        closed.countDown();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("newsline: while closing " + c.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
