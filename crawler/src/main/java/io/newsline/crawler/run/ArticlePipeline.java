package io.newsline.crawler.run;

import io.newsline.crawler.archive.PageArchive;
import io.newsline.crawler.discover.PageLinks;
import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.extract.PageTimeLimit;
import io.newsline.crawler.extract.TimeLimitedParser;
import io.newsline.crawler.fetch.Accept;
import io.newsline.crawler.fetch.FetchRequest;
import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.state.UrlKind;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.parser.Article;
import io.newsline.parser.Extraction;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.ExtractionInterrupted;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticleRecords;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The work on one article URL, shared by {@code newsline crawl} and {@code newsline worker}: fetch it with the
 * validators known for it (a 304 publishes nothing), parse it with its site's profile, and hand the outcome to an
 * {@link ArticleSink}: a new version to publish, an unchanged article, a page that is no article, a page that
 * failed extraction (dead letter; a page over its {@link PageTimeLimit} is also an error), or a fetch that failed
 * (retry later, or gone).
 */
public final class ArticlePipeline {

    /** Receives the links of each article page fetched and parsed (an article or not), on the fetch thread. */
    @FunctionalInterface
    public interface LinksFound {
        LinksFound NONE = (page, links, profile) -> { };

        /** @param links absolute http(s) URLs of the page's anchors, in page order, unfiltered */
        void linked(String page, Set<String> links, SiteProfile profile);
    }

    private final SiteProfiles profiles;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final CrawlListener listener;
    private final TimeLimitedParser parser;
    private final PageArchive archive;
    private final LinksFound links;

    /** A pipeline whose pages may each take {@link PageTimeLimit#DEFAULT} to extract. */
    public ArticlePipeline(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, CrawlListener listener) {
        this(profiles, fetcher, clock, listener, PageTimeLimit.DEFAULT);
    }

    public ArticlePipeline(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, CrawlListener listener, PageTimeLimit limit) {
        this(profiles, fetcher, clock, listener, limit, PageArchive.NONE);
    }

    /** @param archive keeps every fetched page before anything is published from it ({@code --warc}) */
    public ArticlePipeline(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, CrawlListener listener, PageTimeLimit limit,
                           PageArchive archive) {
        this(profiles, fetcher, clock, listener, limit, archive, LinksFound.NONE);
    }

    /** @param links receives the links of every article page parsed, for discovery of the articles it links */
    public ArticlePipeline(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, CrawlListener listener, PageTimeLimit limit,
                           PageArchive archive, LinksFound links) {
        this.links = links;
        this.archive = archive;
        this.profiles = profiles;
        this.fetcher = fetcher;
        this.clock = clock;
        this.listener = listener;
        this.parser = new TimeLimitedParser(limit);
    }

    /**
     * Fetches, parses and records one article URL; called on a politeness worker when its host's turn came.
     *
     * @param hint what a news sitemap or feed said about the URL, or null
     */
    public HostFeedback process(String url, ArticleSink sink, DiscoveredUrl hint) {
        String host = SiteProfile.hostOf(url).orElse("?");
        SiteProfile profile = profiles.forUrl(url);
        Instant now = clock.instant();
        UrlState known = sink.url(url).orElse(UrlState.discovered(url, UrlKind.ARTICLE, now));
        FetchResult result = fetcher.fetch(new FetchRequest(url, known.etag(), known.lastModified(), Accept.HTML));
        HostFeedback feedback = HostFeedback.of(result, clock.instant());
        listener.responded(host, url, result.status(), result.body().length, result.elapsed());
        switch (result.outcome()) {
            case NOT_MODIFIED -> {
                listener.notModified(host, url);
                UrlStatus kept = known.status() == UrlStatus.FAILED || known.status() == UrlStatus.NOT_ARTICLE
                        ? known.status() : UrlStatus.DONE;
                sink.save(new UrlState(url, UrlKind.ARTICLE, kept, now,
                        RecrawlPolicy.nextDue(profile.recrawl(), now, known.articleDate()), result.status(), known.articleId(),
                        known.etag(), known.lastModified(), known.contentHash(), known.articleDate()));
            }
            case OK -> {
                listener.fetched(host, url, result.status(), result.elapsed());
                handlePage(url, host, profile, known, result, sink, hint);
            }
            default -> {
                report(listener, host, url, result);
                boolean gone = result.status() == 404 || result.status() == 410 || isPermanentSkip(result);
                sink.save(with(known, gone ? UrlStatus.GONE : UrlStatus.RETRY, now, gone ? null : now, result.status()));
            }
        }
        return feedback;
    }

    private void handlePage(String url, String host, SiteProfile profile, UrlState known, FetchResult result,
                            ArticleSink sink, DiscoveredUrl hint) {
        Instant now = clock.instant();
        Page page = new Page(result.finalUrl(), result.body(), result.contentType(), result.fetchedAt());
        // archived before anything is published from it, so the archive holds every published page
        Optional<URI> kept = archive.keep(result);
        ParseResult parsed = parser.parse(page, profile);
        if (!(parsed instanceof ParseResult.Failed) && links != LinksFound.NONE) {
            links.linked(result.finalUrl(), PageLinks.read(result.finalUrl(), result.body(), result.contentType()), profile);
        }
        if (parsed instanceof ParseResult.Parsed p) {
            Article article = foundBy(crossCheck(p.article(), hint), hint);
            listener.extracted(host, profile.name(), article.extraction().fields());
            Instant articleDate = article.publishedAt() == null ? null : article.publishedAt().toInstant();
            Instant next = RecrawlPolicy.nextDue(profile.recrawl(), now, articleDate);
            UrlState after = new UrlState(url, UrlKind.ARTICLE, UrlStatus.DONE, now, next, result.status(),
                    ArticleRecords.idOf(article), result.etag(), result.lastModified(), ArticleRecords.contentHashOf(article),
                    articleDate);
            ArticleSink.Decision decision = sink.publishIfChanged(article, result.fetchedAt(), after, host);
            if (decision instanceof ArticleSink.Decision.Unchanged) {
                listener.unchanged(host, url);
            }
            kept.ifPresent(id -> archive.produced(id, url, decision instanceof ArticleSink.Decision.Published
                    ? PageArchive.Outcome.PUBLISHED : PageArchive.Outcome.UNCHANGED, after.articleId(),
                    decision instanceof ArticleSink.Decision.Published pub ? pub.record().version() : 0));
        } else if (parsed instanceof ParseResult.NotArticle n) {
            listener.skipped(host, url, SkipReason.NOT_ARTICLE, n.reason());
            kept.ifPresent(id -> archive.produced(id, url, PageArchive.Outcome.NOT_ARTICLE, null, 0));
            sink.save(with(known, UrlStatus.NOT_ARTICLE, now, null, result.status()));
        } else if (parsed instanceof ParseResult.Failed f) {
            kept.ifPresent(id -> archive.produced(id, url, PageArchive.Outcome.FAILED, null, 0));
            // the same bytes failing again are not dead-lettered again: one letter per failing page version
            String pageHash = "page:" + sha256(result.body());
            Instant next = RecrawlPolicy.nextDue(profile.recrawl(), now, known.articleDate());
            if (f.cause() instanceof ExtractionInterrupted) {
                // a page over its time limit held a worker that long: an error of the run, not only a bad page
                listener.error(host, url, ErrorKind.EXTRACTION_TIME_LIMIT, f.reason() + " (" + url + ")");
            }
            if (known.status() == UrlStatus.FAILED && pageHash.equals(known.contentHash())) {
                listener.skipped(host, url, SkipReason.STILL_FAILING, f.reason());
            } else {
                listener.deadLettered(host, url, f.reason());
                sink.deadLetter(DeadLetter.of(url, f.reason(), f.cause(), profile.name(),
                        Integer.toString(profile.version()), result.fetchedAt()));
            }
            sink.save(new UrlState(url, UrlKind.ARTICLE, UrlStatus.FAILED, now, next, result.status(), known.articleId(),
                    result.etag(), result.lastModified(), pageHash, known.articleDate()));
        }
    }

    /** Records in the article's extraction how its URL was found, when the run knows (in worker mode: found by itself). */
    private static Article foundBy(Article article, DiscoveredUrl hint) {
        if (hint == null) {
            return article;
        }
        Extraction e = article.extraction();
        return withExtraction(article, new Extraction(e.profile(), e.profileVersion(), e.fields(), e.warnings(),
                new Extraction.FoundBy(hint.source().label(), hint.via())));
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
        return withExtraction(article, new Extraction(e.profile(), e.profileVersion(), e.fields(), warnings, e.foundBy()));
    }

    private static Article withExtraction(Article article, Extraction extraction) {
        return new Article(article.url(), article.canonicalUrl(), article.site(), article.siteArticleId(), article.section(),
                article.language(), article.title(), article.subtitle(), article.authors(), article.publishedAt(),
                article.modifiedAt(), article.paragraphs(), article.images(), article.tags(), article.paywalled(), extraction);
    }

    /** Reports a failed fetch: a skip when retrying will not help or the page is gone, else an error. */
    public static void report(CrawlListener listener, String host, String url, FetchResult result) {
        Optional<SkipReason> permanent = SkipReason.ofFetch(result.outcome());
        if (permanent.isPresent()) {
            listener.skipped(host, url, permanent.get(), result.message());
        } else if (result.status() == 404 || result.status() == 410) {
            listener.skipped(host, url, SkipReason.GONE, "HTTP " + result.status());
        } else {
            listener.error(host, url, ErrorKind.FETCH_FAILED, result.message());
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
        return SkipReason.ofFetch(result.outcome()).isPresent();
    }

    private static UrlState with(UrlState s, UrlStatus status, Instant now, Instant nextDue, int httpStatus) {
        return new UrlState(s.url(), s.kind(), status, now, nextDue, httpStatus, s.articleId(), s.etag(), s.lastModified(),
                s.contentHash(), s.articleDate());
    }
}
