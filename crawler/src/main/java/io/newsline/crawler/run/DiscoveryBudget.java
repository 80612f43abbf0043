package io.newsline.crawler.run;

import io.newsline.parser.profile.Discovery;
import io.newsline.parser.profile.SiteProfile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one round of discovery may still take per site, by the site file's {@code discovery} caps: sitemaps no deeper
 * than {@link Discovery#maxSitemapDepth()} index levels below a start sitemap and at most
 * {@link Discovery#maxSitemapsPerRun()} in all (so a chain of indexes or an index of thousands of sitemaps ends), and
 * at most {@link Discovery#maxLinkedPerRun()} article URLs from links on its fetched article pages. What a cap cut is
 * counted for {@link #report()}. One budget per {@code newsline crawl} run, or per discovery cycle of a
 * {@code newsline worker}. Thread-safe.
 */
public final class DiscoveryBudget {

    /** Why a sitemap or a linked article URL was not taken. */
    public enum Cut {
        /** A sitemap more index levels below a start sitemap than {@code discovery.maxSitemapDepth}. */
        TOO_DEEP,
        /** A sitemap after the site fetched {@code discovery.maxSitemapsPerRun} in this run. */
        OVER_RUN_LIMIT,
        /** A linked article URL after the site took {@code discovery.maxLinkedPerRun} in this run. */
        LINKS_OVER_RUN_LIMIT;

        /** The report line of {@code count} cuts of the site {@code name}: the cap and the setting to raise. */
        String line(String name, int count, Discovery caps) {
            return "site '" + name + "': " + switch (this) {
                case TOO_DEEP -> "skipped " + count + " sitemap(s) more than " + caps.maxSitemapDepth()
                        + " index levels below a start sitemap; raise discovery.maxSitemapDepth in its site file to read them";
                case OVER_RUN_LIMIT -> "skipped " + count + " sitemap(s) beyond " + caps.maxSitemapsPerRun()
                        + " per run; raise discovery.maxSitemapsPerRun in its site file to read them";
                case LINKS_OVER_RUN_LIMIT -> "left " + count + " linked article URL(s) beyond " + caps.maxLinkedPerRun()
                        + " per run; raise discovery.maxLinkedPerRun in its site file to follow them";
            };
        }
    }

    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    /**
     * Whether {@code profile}'s site may fetch one more sitemap, {@code depth} index levels below a start sitemap (0
     * for a start sitemap or one announced in robots.txt). A sitemap admitted is counted against the site; one refused
     * is counted as cut.
     */
    public boolean admitSitemap(SiteProfile profile, int depth) {
        Site site = site(profile);
        synchronized (site) {
            if (depth > site.caps.maxSitemapDepth()) {
                return site.cut(Cut.TOO_DEEP);
            }
            if (site.sitemaps >= site.caps.maxSitemapsPerRun()) {
                return site.cut(Cut.OVER_RUN_LIMIT);
            }
            site.sitemaps++;
            return true;
        }
    }

    /** Whether {@code profile}'s site may take one more linked article URL; one refused is counted as cut. */
    public boolean admitLinked(SiteProfile profile) {
        Site site = site(profile);
        synchronized (site) {
            if (site.linked >= site.caps.maxLinkedPerRun()) {
                return site.cut(Cut.LINKS_OVER_RUN_LIMIT);
            }
            site.linked++;
            return true;
        }
    }

    /** How many sitemaps or links of the site named {@code profileName} were cut for {@code cut}. */
    public int cut(String profileName, Cut cut) {
        Site site = sites.get(profileName);
        if (site == null) {
            return 0;
        }
        synchronized (site) {
            return site.cuts.getOrDefault(cut, 0);
        }
    }

    /**
     * One line per site and cap that cut something: the site, how many were left, the cap and the setting to raise.
     * Empty when nothing was cut.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        sites.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Site site = e.getValue();
            synchronized (site) {
                site.cuts.forEach((cut, count) -> lines.add(cut.line(e.getKey(), count, site.caps)));
            }
        });
        return lines;
    }

    private Site site(SiteProfile profile) {
        return sites.computeIfAbsent(profile.name(), n -> new Site(profile.discovery()));
    }

    /** One site's counts; guarded by its own monitor. */
    private static final class Site {
        final Discovery caps;
        final Map<Cut, Integer> cuts = new EnumMap<>(Cut.class);
        int sitemaps;
        int linked;

        Site(Discovery caps) {
            this.caps = caps;
        }

        /** Counts one cut; always false (not admitted). */
        boolean cut(Cut cut) {
            cuts.merge(cut, 1, Integer::sum);
            return false;
        }
    }
}
