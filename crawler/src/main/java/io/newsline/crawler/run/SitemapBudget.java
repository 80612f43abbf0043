package io.newsline.crawler.run;

import io.newsline.parser.profile.Discovery;
import io.newsline.parser.profile.SiteProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sitemaps one run may still fetch per site, by the site file's {@code discovery} caps: no deeper than
 * {@link Discovery#maxSitemapDepth()} index levels below a start sitemap, at most
 * {@link Discovery#maxSitemapsPerRun()} in all. A chain of indexes or an index of thousands of sitemaps thus ends,
 * and what was cut is counted for {@link #report()}. One budget per {@code newsline crawl} run, or per discovery
 * cycle of a {@code newsline worker}. Thread-safe.
 */
public final class SitemapBudget {

    /** Why a sitemap was not fetched. */
    public enum Cut {
        /** It sits more index levels below a start sitemap than {@code discovery.maxSitemapDepth}. */
        TOO_DEEP,
        /** The site already fetched {@code discovery.maxSitemapsPerRun} sitemaps in this run. */
        OVER_RUN_LIMIT
    }

    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    /**
     * Whether {@code profile}'s site may fetch one more sitemap, {@code depth} index levels below a start sitemap (0
     * for a start sitemap or one announced in robots.txt). A sitemap admitted is counted against the site; one refused
     * is counted as cut.
     */
    public boolean admit(SiteProfile profile, int depth) {
        Site site = sites.computeIfAbsent(profile.name(), n -> new Site(profile.discovery()));
        synchronized (site) {
            if (depth > site.caps.maxSitemapDepth()) {
                site.tooDeep++;
                return false;
            }
            if (site.fetched >= site.caps.maxSitemapsPerRun()) {
                site.overRunLimit++;
                return false;
            }
            site.fetched++;
            return true;
        }
    }

    /** How many sitemaps of the site named {@code profileName} were cut for {@code cut}. */
    public int cut(String profileName, Cut cut) {
        Site site = sites.get(profileName);
        if (site == null) {
            return 0;
        }
        synchronized (site) {
            return cut == Cut.TOO_DEEP ? site.tooDeep : site.overRunLimit;
        }
    }

    /**
     * One line per site and cap that cut something: the site, how many sitemaps were skipped, the cap and the setting
     * to raise. Empty when nothing was cut.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        sites.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Site site = e.getValue();
            synchronized (site) {
                if (site.tooDeep > 0) {
                    lines.add("site '" + e.getKey() + "': skipped " + site.tooDeep + " sitemap(s) more than "
                            + site.caps.maxSitemapDepth() + " index levels below a start sitemap; raise "
                            + "discovery.maxSitemapDepth in its site file to read them");
                }
                if (site.overRunLimit > 0) {
                    lines.add("site '" + e.getKey() + "': skipped " + site.overRunLimit + " sitemap(s) beyond "
                            + site.caps.maxSitemapsPerRun() + " per run; raise discovery.maxSitemapsPerRun in its "
                            + "site file to read them");
                }
            }
        });
        return lines;
    }

    /** One site's count; guarded by its own monitor. */
    private static final class Site {
        final Discovery caps;
        int fetched;
        int tooDeep;
        int overRunLimit;

        Site(Discovery caps) {
            this.caps = caps;
        }
    }
}
