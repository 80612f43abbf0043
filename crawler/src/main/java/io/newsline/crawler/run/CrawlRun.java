package io.newsline.crawler.run;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.FeedReader;
import io.newsline.crawler.discover.ListingLinks;
import io.newsline.crawler.discover.SitemapContent;
import io.newsline.crawler.discover.SitemapReader;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.discover.DiscoveryException;
import io.newsline.crawler.fetch.Accept;
import io.newsline.crawler.fetch.FetchRequest;
import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.PolitenessListener;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.state.CrawlState;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.crawler.url.UrlNormalizer;
import io.newsline.parser.Article;
import io.newsline.parser.ArticleParser;
import io.newsline.parser.Extraction;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticlePublisher;
import io.newsline.publisher.ArticleRecord;
import io.newsline.publisher.DeadLetter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    /** How a run ended. {@code undelivered}: records the broker did not acknowledge; they wait for the next run. */
    public record Outcome(RunStats stats, long fetched, long published, long current, long undelivered, long errors, long deadLettered) {
        /**
         * True when the run failed: records wait undelivered, or errors happened and no article was published or
         * found current (a run over an unchanged site that publishes nothing is a success).
         */
        public boolean failed() {
            return undelivered > 0 || (errors > 0 && published == 0 && current == 0);
        }
    }

    private enum DiscoveryKind { SITEMAP, FEED, LISTING }

    private final CrawlConfig config;
    private final SiteProfiles profiles;
    private final CrawlState state;
    private final ArticlePublisher publisher;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final CrawlListener listener;
    private final RunStats stats;
    private final ArticleParser parser = new ArticleParser();
    private final SitemapReader sitemaps = new SitemapReader();
    private final FeedReader feeds = new FeedReader();

    private final Set<String> enqueued = ConcurrentHashMap.newKeySet();
    private final Map<String, DiscoveredUrl> hints = new ConcurrentHashMap<>();
    private final AtomicInteger articleBudget = new AtomicInteger();
    private volatile boolean stopping;
    private PoliteScheduler scheduler;
    private RobotsCache robots;
    private PublicationLedger ledger;

    public CrawlRun(CrawlConfig config, SiteProfiles profiles, CrawlState state, ArticlePublisher publisher,
                    HttpFetcher fetcher, Clock clock, CrawlListener listener) {
        this.config = config;
        this.profiles = profiles;
        this.state = state;
        this.publisher = publisher;
        this.fetcher = fetcher;
        this.clock = clock;
        this.stats = new RunStats();
        this.listener = new FanOutListener(List.of(stats, listener));
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
        robots = RobotsCache.over(fetcher, clock, host -> profiles.forHost(host).politeness().robotsTtl());
        scheduler = PoliteScheduler.builder()
                .profiles(profiles::forHost)
                .robots(robots)
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
        int open = ledger.awaitAll(config.deliveryTimeout());
        long undelivered = ledger.undelivered();
        if (open > 0) {
            listener.info(open + " record(s) still unacknowledged at the end of the run; they stay pending for the next run");
        }
        return new Outcome(stats, stats.total(h -> h.fetched), stats.total(h -> h.published),
                stats.total(h -> h.unchanged) + stats.total(h -> h.notModified), undelivered,
                stats.total(h -> h.errors), stats.total(h -> h.deadLettered));
    }

    private void seed(SiteProfile profile) {
        SiteProfile effective = profile;
        for (String url : profile.start().sitemaps()) {
            submitDiscovery(url, DiscoveryKind.SITEMAP, effective);
        }
        for (String url : profile.start().feeds()) {
            submitDiscovery(url, DiscoveryKind.FEED, effective);
        }
        for (String url : profile.start().sections()) {
            submitDiscovery(url, DiscoveryKind.LISTING, effective);
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
                        submitDiscovery(sitemap, DiscoveryKind.SITEMAP, profile);
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

    private void submitDiscovery(String rawUrl, DiscoveryKind kind, SiteProfile profile) {
        Optional<String> url = UrlNormalizer.forProfile(profile).normalize(rawUrl);
        if (url.isEmpty() || stopping || !enqueued.add("D " + url.get())) {
            return;
        }
        scheduler.submit(url.get(), u -> discover(u, kind, profile));
    }

    private HostFeedback discover(String url, DiscoveryKind kind, SiteProfile profile) {
        String host = SiteProfile.hostOf(url).orElse("?");
        FetchResult result = fetcher.fetch(FetchRequest.of(url, kind == DiscoveryKind.LISTING ? Accept.HTML : Accept.XML));
        HostFeedback feedback = HostFeedback.of(result, clock.instant());
        if (!result.isOk()) {
            report(host, url, result);
            return feedback;
        }
        listener.fetched(host, url, result.status(), result.elapsed());
        List<DiscoveredUrl> found;
        try {
            found = switch (kindOf(kind, result)) {
                case SITEMAP -> {
                    SitemapContent r = sitemaps.read(result.finalUrl(), result.body(), result.contentType(), SourceKind.SITEMAP);
                    r.warnings().forEach(w -> listener.info(w));
                    for (String child : r.childSitemaps()) {
                        submitDiscovery(child, DiscoveryKind.SITEMAP, profile);
                    }
                    yield r.urls();
                }
                case FEED -> feeds.read(result.finalUrl(), result.body());
                case LISTING -> ListingLinks.read(result.finalUrl(), result.body(), result.contentType(), profile);
            };
        } catch (DiscoveryException | RuntimeException e) {
            listener.error(host, url, "could not read " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + url + ": " + e.getMessage());
            return feedback;
        }
        for (DiscoveredUrl d : found) {
            SiteProfile target = profiles.forUrl(d.url());
            if (target.isGeneric() && !profile.covers(SiteProfile.hostOf(d.url()).orElse(""))) {
                continue; // links to other sites are not followed
            }
            Optional<String> normalized = UrlNormalizer.forProfile(target).normalize(d.url());
            if (normalized.isEmpty() || !target.isArticleUrl(normalized.get())) {
                continue;
            }
            hints.put(normalized.get(), d);
            if (state.discover(normalized.get(), UrlKind.ARTICLE, clock.instant())) {
                listener.discovered(SiteProfile.hostOf(normalized.get()).orElse("?"), normalized.get());
            }
            state.url(normalized.get()).filter(s -> s.isDue(clock.instant())).ifPresent(s -> submitArticle(s.url()));
        }
        return feedback;
    }

    private DiscoveryKind kindOf(DiscoveryKind declared, FetchResult result) {
        String head = new String(result.body(), 0, Math.min(result.body().length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return DiscoveryKind.SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF")) {
            return DiscoveryKind.FEED;
        }
        return declared == DiscoveryKind.SITEMAP && !head.contains("<html") && !head.contains("<HTML") ? DiscoveryKind.SITEMAP
                : declared == DiscoveryKind.FEED ? DiscoveryKind.FEED : DiscoveryKind.LISTING;
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
        String host = SiteProfile.hostOf(url).orElse("?");
        SiteProfile profile = profiles.forUrl(url);
        Instant now = clock.instant();
        UrlState known = state.url(url).orElse(UrlState.discovered(url, UrlKind.ARTICLE, now));
        FetchResult result = fetcher.fetch(new FetchRequest(url, known.etag(), known.lastModified(), Accept.HTML));
        HostFeedback feedback = HostFeedback.of(result, clock.instant());
        switch (result.outcome()) {
            case NOT_MODIFIED -> {
                listener.notModified(host, url);
                UrlStatus kept = known.status() == UrlStatus.FAILED || known.status() == UrlStatus.NOT_ARTICLE
                        ? known.status() : UrlStatus.DONE;
                state.saveUrl(new UrlState(url, UrlKind.ARTICLE, kept, now,
                        RecrawlPolicy.nextDue(profile.recrawl(), now, known.articleDate()), result.status(), known.articleId(),
                        known.etag(), known.lastModified(), known.contentHash(), known.articleDate()));
                return feedback;
            }
            case OK -> {
                listener.fetched(host, url, result.status(), result.elapsed());
                handlePage(url, host, profile, known, result);
                return feedback;
            }
            default -> {
                report(host, url, result);
                boolean gone = result.status() == 404 || result.status() == 410 || isPermanentSkip(result);
                state.saveUrl(with(known, gone ? UrlStatus.GONE : UrlStatus.RETRY, now,
                        gone ? null : now, result.status()));
                return feedback;
            }
        }
    }

    private void handlePage(String url, String host, SiteProfile profile, UrlState known, FetchResult result) {
        Instant now = clock.instant();
        Page page = new Page(result.finalUrl(), result.body(), result.contentType(), result.fetchedAt());
        ParseResult parsed = parser.parse(page, profile);
        if (parsed instanceof ParseResult.Parsed p) {
                Article article = crossCheck(p.article(), hints.get(url));
                Instant articleDate = article.publishedAt() == null ? null : article.publishedAt().toInstant();
                Instant next = RecrawlPolicy.nextDue(profile.recrawl(), now, articleDate);
                PublicationLedger.Decision decision = ledger.decide(article, result.fetchedAt());
                if (decision instanceof PublicationLedger.Decision.Publish publish) {
                    ArticleRecord record = publish.record();
                    UrlState after = new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, now, next, result.status(), record.id(),
                            result.etag(), result.lastModified(), record.contentHash(), articleDate);
                    ledger.publish(record, after, host);
                } else {
                    String id = ((PublicationLedger.Decision.Unchanged) decision).articleId();
                    listener.unchanged(host, url);
                    state.saveUrl(new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, now, next, result.status(), id,
                            result.etag(), result.lastModified(), ArticleRecord.contentHashOf(article), articleDate));
                }
        } else if (parsed instanceof ParseResult.NotArticle n) {
                listener.skipped(host, url, "not an article: " + n.reason());
                state.saveUrl(with(known, UrlStatus.NOT_ARTICLE, now, null, result.status()));
        } else if (parsed instanceof ParseResult.Failed f) {
            // the same bytes failing again are not dead-lettered again: one letter per failing page version
            String pageHash = "page:" + sha256(result.body());
            Instant next = RecrawlPolicy.nextDue(profile.recrawl(), now, known.articleDate());
            if (known.status() == UrlStatus.FAILED && pageHash.equals(known.contentHash())) {
                listener.skipped(host, url, "extraction still fails on the unchanged page (dead-lettered before)");
            } else {
                listener.deadLettered(host, url, f.reason());
                publisher.deadLetter(DeadLetter.of(url, f.reason(), f.cause(), profile.name(),
                        Integer.toString(profile.version()), result.fetchedAt()));
            }
            state.saveUrl(new UrlState(url, UrlKind.ARTICLE, UrlStatus.FAILED, now, next, result.status(), known.articleId(),
                    result.etag(), result.lastModified(), pageHash, known.articleDate()));
        }
    }

    /** Adds a warning when the news sitemap's publication date and the page's own disagree by more than a day. */
    private static Article crossCheck(Article article, DiscoveredUrl hint) {
        if (hint == null || hint.publishedAt() == null || article.publishedAt() == null) {
            return article;
        }
        OffsetDateTime listed = hint.publishedAt();
        Duration gap = Duration.between(listed.toInstant(), article.publishedAt().toInstant()).abs();
        if (gap.compareTo(Duration.ofDays(1)) <= 0) {
            return article;
        }
        Extraction e = article.extraction();
        List<String> warnings = new ArrayList<>(e.warnings());
        warnings.add("publishedAt " + article.publishedAt() + " differs from the news sitemap's " + listed + " by more than a day");
        Extraction checked = new Extraction(e.profile(), e.profileVersion(), e.fields(), warnings);
        return new Article(article.url(), article.canonicalUrl(), article.site(), article.siteArticleId(), article.section(),
                article.language(), article.title(), article.subtitle(), article.authors(), article.publishedAt(),
                article.modifiedAt(), article.paragraphs(), article.images(), article.tags(), article.paywalled(), checked);
    }

    private void report(String host, String url, FetchResult result) {
        if (isPermanentSkip(result)) {
            listener.skipped(host, url, result.message());
        } else if (result.status() == 404 || result.status() == 410) {
            listener.skipped(host, url, "HTTP " + result.status());
        } else {
            listener.error(host, url, result.message());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Outcomes that retrying will not change: the page is refused or unusable as served. */
    private static boolean isPermanentSkip(FetchResult result) {
        return switch (result.outcome()) {
            case TOO_LARGE, TOO_MANY_REDIRECTS, REDIRECT_LOOP, BAD_REDIRECT, BLOCKED_PRIVATE_ADDRESS, INVALID_URL -> true;
            default -> false;
        };
    }

    private static UrlState with(UrlState s, UrlStatus status, Instant now, Instant nextDue, int httpStatus) {
        return new UrlState(s.url(), s.kind(), status, now, nextDue, httpStatus, s.articleId(), s.etag(), s.lastModified(),
                s.contentHash(), s.articleDate());
    }
}
