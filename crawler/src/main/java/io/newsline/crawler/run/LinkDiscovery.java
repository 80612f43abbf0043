package io.newsline.crawler.run;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.DiscoveryException;
import io.newsline.crawler.discover.FeedReader;
import io.newsline.crawler.discover.ListingLinks;
import io.newsline.crawler.discover.SitemapContent;
import io.newsline.crawler.discover.SitemapReader;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.fetch.Accept;
import io.newsline.crawler.fetch.BodyLimit;
import io.newsline.crawler.fetch.FetchRequest;
import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.url.UrlNormalizer;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The work on one discovery page (sitemap, feed, section page), shared by {@code newsline crawl} and
 * {@code newsline worker}: fetch it, read its links, and report child sitemaps and article URLs of the site
 * (normalized, matching the site's article pattern; links to other sites are not followed).
 */
public final class LinkDiscovery {

    /** Receives what a discovery page links to. Called on the politeness worker that fetched it. */
    public interface Found {
        /** A sitemap listed by a sitemap index. */
        void childSitemap(String url, SiteProfile profile);

        /** A normalized article URL with what the sitemap or feed said about it. */
        void article(String url, DiscoveredUrl hint);
    }

    private final SiteProfiles profiles;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final CrawlListener listener;
    private final SitemapReader sitemaps = new SitemapReader();
    private final FeedReader feeds = new FeedReader();

    public LinkDiscovery(SiteProfiles profiles, HttpFetcher fetcher, Clock clock, CrawlListener listener) {
        this.profiles = profiles;
        this.fetcher = fetcher;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Fetches and reads one discovery page of {@code profile}'s site. A page declared {@link SourceKind#ROBOTS} is read
     * as a sitemap and its URLs are recorded as found through robots.txt.
     */
    public HostFeedback discover(String url, SourceKind kind, SiteProfile profile, Found found) {
        String host = SiteProfile.hostOf(url).orElse("?");
        FetchRequest request = FetchRequest.of(url, kind == SourceKind.LISTING ? Accept.HTML : Accept.XML);
        // sitemaps may be 50 MB by the protocol, five times a page; the reader streams them
        FetchResult result = fetcher.fetch(kind.isSitemap()
                ? request.withBodyLimit(BodyLimit.refuseAbove(SitemapReader.MAX_BYTES)) : request);
        HostFeedback feedback = HostFeedback.of(result, clock.instant());
        if (!result.isOk()) {
            ArticlePipeline.report(listener, host, url, result);
            return feedback;
        }
        listener.fetched(host, url, result.status(), result.elapsed());
        List<DiscoveredUrl> links;
        try {
            links = switch (kindOf(kind, result)) {
                case SITEMAP, ROBOTS -> {
                    SitemapContent r = sitemaps.read(result.finalUrl(), result.body(), result.contentType(),
                            kind == SourceKind.ROBOTS ? SourceKind.ROBOTS : SourceKind.SITEMAP);
                    r.warnings().forEach(listener::info);
                    for (String child : r.childSitemaps()) {
                        found.childSitemap(child, profile);
                    }
                    yield r.urls();
                }
                case FEED -> feeds.read(result.finalUrl(), result.body());
                case LISTING, LINK -> ListingLinks.read(result.finalUrl(), result.body(), result.contentType(), profile);
            };
        } catch (DiscoveryException | RuntimeException e) {
            listener.error(host, url, ErrorKind.OTHER, "could not read " + (kind.isSitemap() ? "sitemap" : kind.name().toLowerCase(Locale.ROOT)) + " " + url + ": " + e.getMessage());
            return feedback;
        }
        for (DiscoveredUrl d : links) {
            SiteProfile target = profiles.forUrl(d.url());
            if (target.isGeneric() && !profile.covers(SiteProfile.hostOf(d.url()).orElse(""))) {
                continue; // links to other sites are not followed
            }
            Optional<String> normalized = UrlNormalizer.forProfile(target).normalize(d.url());
            if (normalized.isPresent() && target.isArticleUrl(normalized.get())) {
                found.article(normalized.get(), d.foundOn(result.finalUrl(), normalized.get()));
            }
        }
        return feedback;
    }

    /** What the page turns out to be: its first bytes win over the declared kind (a feed listed as a sitemap). */
    private static SourceKind kindOf(SourceKind declared, FetchResult result) {
        String head = new String(result.body(), 0, Math.min(result.body().length, 512), StandardCharsets.ISO_8859_1);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SourceKind.SITEMAP;
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF")) {
            return SourceKind.FEED;
        }
        return declared.isSitemap() && !head.contains("<html") && !head.contains("<HTML") ? SourceKind.SITEMAP
                : declared == SourceKind.FEED ? SourceKind.FEED : SourceKind.LISTING;
    }
}
