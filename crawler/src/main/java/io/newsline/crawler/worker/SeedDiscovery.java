package io.newsline.crawler.worker;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.run.LinkDiscovery;
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
    private final Set<String> seenThisCycle = ConcurrentHashMap.newKeySet();

    /**
     * @param ownsSiteOf   whether this worker owns the site of a URL
     * @param articleFound receives each article URL found in a cycle once (on a fetch thread)
     */
    SeedDiscovery(SiteProfiles profiles, LinkDiscovery discovery, RobotsCache robots, PoliteScheduler scheduler,
                  Predicate<String> ownsSiteOf, Consumer<String> articleFound) {
        this.profiles = profiles;
        this.discovery = discovery;
        this.robots = robots;
        this.scheduler = scheduler;
        this.ownsSiteOf = ownsSiteOf;
        this.articleFound = articleFound;
    }

    /** Starts a discovery cycle: queues every owned start point of every site file. */
    void cycle() {
        seenThisCycle.clear();
        for (SiteProfile profile : profiles.all()) {
            profile.start().sitemaps().forEach(u -> submit(u, LinkDiscovery.Kind.SITEMAP, profile));
            profile.start().feeds().forEach(u -> submit(u, LinkDiscovery.Kind.FEED, profile));
            profile.start().sections().forEach(u -> submit(u, LinkDiscovery.Kind.LISTING, profile));
            if (profile.start().robotsSitemaps()) {
                for (String origin : origins(profile)) {
                    if (ownsSiteOf.test(origin)) {
                        // a task of its own, so that reading robots.txt takes the host's turn like any request
                        scheduler.submit(origin + "/robots.txt", u -> {
                            robots.sitemaps(u).forEach(m -> submit(m, LinkDiscovery.Kind.SITEMAP, profile));
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

    private void submit(String rawUrl, LinkDiscovery.Kind kind, SiteProfile profile) {
        Optional<String> url = UrlNormalizer.forProfile(profile).normalize(rawUrl);
        if (url.isEmpty() || !ownsSiteOf.test(url.get()) || !seenThisCycle.add("D " + url.get())) {
            return;
        }
        scheduler.submit(url.get(), u -> discovery.discover(u, kind, profile, new LinkDiscovery.Found() {
            @Override
            public void childSitemap(String child, SiteProfile p) {
                submit(child, LinkDiscovery.Kind.SITEMAP, p);
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
