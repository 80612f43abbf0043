package io.newsline.crawler.worker;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.run.LinkDiscovery;
import io.newsline.crawler.run.SitemapBudget;
import io.newsline.crawler.url.UrlNormalizer;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One worker's discovery for one generation (one assignment): reads the sitemaps, feeds, sections and robots
 * sitemaps of the seeds whose site this worker owns, through its politeness scheduler, and hands each article URL
 * found to the frontier once per cycle. Only the owner of a site fetches from it: a child sitemap on another site
 * is left to that site's owner.
 */
final class SeedDiscovery {
    private final SiteProfiles profiles;
    private final LinkDiscovery discovery;
    private final RobotsCache robots;
    private final PoliteScheduler scheduler;
    private final Predicate<String> ownsSiteOf;
    private final Consumer<String> articleFound;
    private final Consumer<String> report;
    private final Set<String> seenThisCycle = ConcurrentHashMap.newKeySet();
    private volatile SitemapBudget sitemaps = new SitemapBudget();

    /**
     * @param ownsSiteOf   whether this worker owns the site of a URL
     * @param articleFound receives each article URL found in a cycle once (on a fetch thread)
     * @param report       receives one line per sitemap cap that cut something in a cycle, when the next one starts
     */
    SeedDiscovery(SiteProfiles profiles, LinkDiscovery discovery, RobotsCache robots, PoliteScheduler scheduler,
                  Predicate<String> ownsSiteOf, Consumer<String> articleFound, Consumer<String> report) {
        this.profiles = profiles;
        this.discovery = discovery;
        this.robots = robots;
        this.scheduler = scheduler;
        this.ownsSiteOf = ownsSiteOf;
        this.articleFound = articleFound;
        this.report = report;
    }

    /**
     * Starts a discovery cycle: reports what the sitemap caps cut in the previous one, then queues every owned start
     * point of every site file under a fresh {@link SitemapBudget}.
     */
    void cycle() {
        sitemaps.report().forEach(line -> report.accept(line + " (last discovery cycle)"));
        sitemaps = new SitemapBudget();
        seenThisCycle.clear();
        for (SiteProfile profile : profiles.all()) {
            profile.start().sitemaps().forEach(u -> submit(u, SourceKind.SITEMAP, profile, 0));
            profile.start().feeds().forEach(u -> submit(u, SourceKind.FEED, profile, 0));
            profile.start().sections().forEach(u -> submit(u, SourceKind.LISTING, profile, 0));
            if (profile.start().robotsSitemaps()) {
                for (String origin : origins(profile)) {
                    if (ownsSiteOf.test(origin)) {
                        // a task of its own, so that reading robots.txt takes the host's turn like any request
                        scheduler.submit(origin + "/robots.txt", u -> {
                            robots.sitemaps(u).forEach(m -> submit(m, SourceKind.ROBOTS, profile, 0));
                            return HostFeedback.ok();
                        });
                    }
                }
            }
        }
    }

    private static Set<String> origins(SiteProfile p) {
        List<String> all = new ArrayList<>(p.start().sitemaps());
        all.addAll(p.start().feeds());
        all.addAll(p.start().sections());
        Set<String> origins = new LinkedHashSet<>();
        for (String u : all) {
            URI uri = URI.create(u);
            origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
        }
        return origins;
    }

    /** @param depth sitemap index levels above this page (0 for a start point) */
    private void submit(String rawUrl, SourceKind kind, SiteProfile profile, int depth) {
        Optional<String> url = UrlNormalizer.forProfile(profile).normalize(rawUrl);
        if (url.isEmpty() || !ownsSiteOf.test(url.get()) || !seenThisCycle.add("D " + url.get())) {
            return;
        }
        if (kind.isSitemap() && !sitemaps.admit(profile, depth)) {
            return;
        }
        scheduler.submit(url.get(), u -> discovery.discover(u, kind, profile, new LinkDiscovery.Found() {
            @Override
            public void childSitemap(String child, SiteProfile p) {
                submit(child, SourceKind.SITEMAP, p, depth + 1);
            }

            @Override
            public void article(String articleUrl, DiscoveredUrl hint) {
                if (seenThisCycle.add("A " + articleUrl)) {
                    articleFound.accept(articleUrl);
                }
            }
        }));
    }
}
