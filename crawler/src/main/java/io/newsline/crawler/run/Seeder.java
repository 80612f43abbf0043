package io.newsline.crawler.run;

import io.newsline.crawler.discover.DiscoveredUrl;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.politeness.HostFeedback;
import io.newsline.crawler.politeness.PoliteScheduler;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.crawler.url.UrlNormalizer;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.crawler.discover.UrlDates;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Discovery from the seeds, for {@code newsline crawl} and {@code newsline worker} alike: reads the sitemaps, feeds,
 * sections and robots.txt sitemaps of every site file through the politeness scheduler, follows sitemap indexes
 * within the site file's {@link DiscoveryBudget caps}, and hands each article URL found to a callback once per
 * {@link Round}. Only URLs this process fetches from are fetched: a worker passes the sites it owns (a child sitemap
 * on another site is left to that site's owner), a crawl passes every site until it stops.
 */
public final class Seeder {

    /** Receives each article URL a round finds, once per round, on the fetch thread that found it. */
    @FunctionalInterface
    public interface ArticleFound {
        /** {@code url} is normalized and matches its site's article pattern; {@code hint} is what its source said. */
        void article(String url, DiscoveredUrl hint);
    }

    private final SiteProfiles profiles;
    private final LinkDiscovery discovery;
    private final RobotsCache robots;
    private final PoliteScheduler scheduler;
    private final Predicate<String> fetchesFrom;
    private final ArticleFound found;

    /**
     * @param fetchesFrom whether this process fetches {@code url} now (a worker: it owns its site; a crawl: it is not
     *                    stopping)
     * @param found       receives each article URL found, once per round
     */
    public Seeder(SiteProfiles profiles, LinkDiscovery discovery, RobotsCache robots, PoliteScheduler scheduler,
                  Predicate<String> fetchesFrom, ArticleFound found) {
        this.profiles = profiles;
        this.discovery = discovery;
        this.robots = robots;
        this.scheduler = scheduler;
        this.fetchesFrom = fetchesFrom;
        this.found = found;
    }

    /**
     * Starts a round: queues every start point of every site file (those this process fetches from) under a fresh
     * {@link DiscoveryBudget}. A crawl runs one round; a worker one per discovery cycle.
     */
    public Round startRound() {
        Round round = new Round();
        for (SiteProfile profile : profiles.all()) {
            profile.start().sitemaps().forEach(u -> round.submit(u, SourceKind.SITEMAP, profile, 0));
            profile.start().feeds().forEach(u -> round.submit(u, SourceKind.FEED, profile, 0));
            profile.start().sections().forEach(u -> round.submit(u, SourceKind.LISTING, profile, 0));
            if (profile.start().robotsSitemaps()) {
                for (String origin : origins(profile)) {
                    if (fetchesFrom.test(origin)) {
                        // a task of its own, so that reading robots.txt takes the host's turn like any request
                        scheduler.submit(origin + "/robots.txt", u -> {
                            robots.sitemaps(u).forEach(m -> round.submit(m, SourceKind.ROBOTS, profile, 0));
                            return HostFeedback.ok();
                        });
                    }
                }
            }
        }
        return round;
    }

    /**
     * The origins whose robots.txt a site with {@code robotsSitemaps: true} reads: those of its start points, then every
     * other host of its site file on the scheme and port its start points use (https when it has none), so that a host
     * without start points has its sitemaps read too.
     */
    static Set<String> origins(SiteProfile p) {
        List<String> all = new ArrayList<>(p.start().sitemaps());
        all.addAll(p.start().feeds());
        all.addAll(p.start().sections());
        Set<String> origins = new LinkedHashSet<>();
        Set<String> schemesAndPorts = new LinkedHashSet<>();
        for (String u : all) {
            URI uri = URI.create(u);
            origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
            schemesAndPorts.add(uri.getScheme() + "://%s" + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        }
        if (schemesAndPorts.isEmpty()) {
            schemesAndPorts.add("https://%s");
        }
        for (String host : p.hosts()) {
            for (String form : schemesAndPorts) {
                origins.add(String.format(java.util.Locale.ROOT, form, host));
            }
        }
        return origins;
    }

    /** One pass over the seeds: what it fetched and found (each once), and what its sitemap caps cut. Thread-safe. */
    public final class Round {
        private final DiscoveryBudget budget = new DiscoveryBudget();
        private final Set<String> pages = ConcurrentHashMap.newKeySet();
        private final Set<String> articles = ConcurrentHashMap.newKeySet();

        private Round() {
        }

        /**
         * One line per site and sitemap cap that cut something in this round, naming the setting to raise; empty
         * when nothing was cut.
         */
        public List<String> report() {
            return budget.report();
        }

        /**
         * Takes the links of a fetched article page of {@code profile}'s site: each that is an article URL of the site
         * file ({@code articles.url}) on one of its {@code hosts}, is not older than its {@code recrawl.stopAfter} by
         * the date its URL carries (an undated one is taken: its page's own date then sets its recrawl), and is new to
         * this round, is found, as a link from {@code page}, while the site's {@code discovery.maxLinkedPerRun}
         * lasts. A site file without an article pattern follows no links.
         */
        public void linked(String page, Collection<String> links, SiteProfile profile, Instant now) {
            if (profile.isGeneric() || profile.articles().url() == null || profile.discovery().maxLinkedPerRun() == 0) {
                return;
            }
            UrlNormalizer normalizer = UrlNormalizer.forProfile(profile);
            LocalDate oldest = now.minus(profile.recrawl().stopAfter()).atZone(profile.timezone()).toLocalDate();
            for (String link : links) {
                Optional<String> url = normalizer.normalize(link);
                if (url.isEmpty() || url.get().equals(page) || !profile.covers(SiteProfile.hostOf(url.get()).orElse(""))
                        || !profile.isArticleUrl(url.get())) {
                    continue;
                }
                if (UrlDates.of(url.get()).filter(d -> d.isBefore(oldest)).isPresent() || articles.contains(url.get())) {
                    continue;
                }
                if (budget.admitLinked(profile) && articles.add(url.get())) {
                    found.article(url.get(), DiscoveredUrl.linkedFrom(url.get(), page));
                }
            }
        }

        /** @param depth sitemap index levels above this page (0 for a start point) */
        private void submit(String rawUrl, SourceKind kind, SiteProfile profile, int depth) {
            Optional<String> url = UrlNormalizer.forProfile(profile).normalize(rawUrl);
            if (url.isEmpty() || !fetchesFrom.test(url.get()) || !pages.add(url.get())) {
                return;
            }
            if (kind.isSitemap() && !budget.admitSitemap(profile, depth)) {
                return;
            }
            scheduler.submit(url.get(), u -> discovery.discover(u, kind, profile, new LinkDiscovery.Found() {
                @Override
                public void childSitemap(String child, SiteProfile p) {
                    submit(child, SourceKind.SITEMAP, p, depth + 1);
                }

                @Override
                public void article(String articleUrl, DiscoveredUrl hint) {
                    if (articles.add(articleUrl)) {
                        found.article(articleUrl, hint);
                    }
                }
            }));
        }
    }
}
