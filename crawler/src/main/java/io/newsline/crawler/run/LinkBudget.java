package io.newsline.crawler.run;

import io.newsline.parser.profile.Discovery;
import io.newsline.parser.profile.SiteProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article URLs one run may still take per site from links on its fetched article pages, by the site file's
 * {@link Discovery#maxLinkedPerRun()}; what the cap cut is counted for {@link #report()}. One budget per
 * {@code newsline crawl} run, or per discovery cycle of a {@code newsline worker}. Thread-safe.
 */
public final class LinkBudget {
    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    /** Whether {@code profile}'s site may take one more linked article URL; one refused is counted as cut. */
    public boolean admit(SiteProfile profile) {
        Site site = sites.computeIfAbsent(profile.name(), n -> new Site(profile.discovery().maxLinkedPerRun()));
        synchronized (site) {
            if (site.taken >= site.cap) {
                site.cut++;
                return false;
            }
            site.taken++;
            return true;
        }
    }

    /**
     * One line per site whose cap cut something: the site, how many linked URLs were left, the cap and the setting to
     * raise. Empty when nothing was cut.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        sites.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Site site = e.getValue();
            synchronized (site) {
                if (site.cut > 0) {
                    lines.add("site '" + e.getKey() + "': left " + site.cut + " linked article URL(s) beyond " + site.cap
                            + " per run; raise discovery.maxLinkedPerRun in its site file to follow them");
                }
            }
        });
        return lines;
    }

    /** One site's count; guarded by its own monitor. */
    private static final class Site {
        final int cap;
        int taken;
        int cut;

        Site(int cap) {
            this.cap = cap;
        }
    }
}
