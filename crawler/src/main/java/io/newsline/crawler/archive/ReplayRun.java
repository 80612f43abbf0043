package io.newsline.crawler.archive;

import io.newsline.crawler.extract.PageTimeLimit;
import io.newsline.crawler.extract.TimeLimitedParser;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code newsline replay}: reads WARC files one record at a time on the calling thread and parses their HTML pages
 * on {@code threads} parse threads with the current site files (the host's profile, the generic one otherwise),
 * handing each article to a {@link ReplayTarget}. At most two pages per thread wait for a parse thread, so the heap
 * holds a bounded number of pages whatever the size of the files. Output order is not kept.
 */
public final class ReplayRun {
    /** A payload above this is skipped: no news page is that large, and it bounds the heap. */
    public static final long MAX_PAGE_BYTES = 10_000_000L;

    /** How a replay ended: its counts, and whether it failed (damaged input, records not delivered). */
    public record Outcome(ReplayStats stats, long undelivered, Duration elapsed) {
        public boolean failed() {
            return !stats.damage().isEmpty() || undelivered > 0;
        }
    }

    /** Told of progress now and then; on the reader thread. */
    public interface Progress {
        Progress NONE = (stats, elapsed) -> { };

        void update(ReplayStats stats, Duration elapsed);
    }

    private final SiteProfiles profiles;
    private final boolean seededOnly;
    private final ReplayFilter filter;
    private final int threads;
    private final TimeLimitedParser parser = new TimeLimitedParser(PageTimeLimit.DEFAULT);

    /**
     * @param seededOnly only pages of hosts with a site file in {@code profiles} ({@code --seeds} given)
     * @param threads    parse threads, at least 1
     */
    public ReplayRun(SiteProfiles profiles, boolean seededOnly, ReplayFilter filter, int threads) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.seededOnly = seededOnly;
        this.filter = Objects.requireNonNull(filter, "filter");
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more, got " + threads);
        }
        this.threads = threads;
    }

    /** Replays {@code files} in order into {@code target}; an error of the target stops the replay and is thrown. */
    public Outcome run(List<Path> files, ReplayTarget target, Progress progress) throws InterruptedException {
        long started = System.nanoTime();
        ReplayStats stats = new ReplayStats();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Semaphore room = new Semaphore(threads * 2);
        AtomicInteger seq = new AtomicInteger();
        ExecutorService pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "newsline-replay-" + seq.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        WarcPages reader = new WarcPages(MAX_PAGE_BYTES);
        long[] lastProgress = {System.nanoTime()};
        try {
            for (Path file : files) {
                reader.read(file, page -> {
                    if (failure.get() != null) {
                        throw failure.get();
                    }
                    String host = SiteProfile.hostOf(page.url()).orElse("");
                    if (!filter.accepts(page.url(), host, page.fetchedAt())) {
                        stats.skipped(ReplaySkip.FILTERED);
                        return;
                    }
                    if (seededOnly && profiles.forHost(host).isGeneric()) {
                        stats.skipped(ReplaySkip.NO_SITE_FILE);
                        return;
                    }
                    room.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            replay(page, target, stats);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            room.release();
                        }
                    });
                    if (System.nanoTime() - lastProgress[0] > TimeUnit.SECONDS.toNanos(2)) {
                        lastProgress[0] = System.nanoTime();
                        progress.update(stats, Duration.ofNanos(System.nanoTime() - started));
                    }
                }, stats).forEach(stats::damaged);
                if (failure.get() != null) {
                    break;
                }
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        long undelivered = target.finish();
        return new Outcome(stats, undelivered, Duration.ofNanos(System.nanoTime() - started));
    }

    private void replay(ArchivedPage page, ReplayTarget target, ReplayStats stats) {
        stats.page(page);
        SiteProfile profile = profiles.forUrl(page.url());
        ParseResult parsed = parser.parse(new Page(page.url(), page.body(), page.contentType(), page.fetchedAt()), profile);
        if (parsed instanceof ParseResult.Parsed p) {
            if (target.publish(p.article(), page)) {
                stats.countPublished();
            } else {
                stats.skipped(ReplaySkip.UNCHANGED);
            }
        } else if (parsed instanceof ParseResult.NotArticle) {
            stats.skipped(ReplaySkip.NOT_ARTICLE);
        } else {
            stats.skipped(ReplaySkip.FAILED);
        }
    }
}
