package io.newsline.crawler.run;

import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.politeness.HostTurns;
import io.newsline.crawler.politeness.RobotsCache;
import io.newsline.parser.profile.SiteProfiles;
import java.time.Clock;
import java.util.Objects;

/**
 * What one crawl process remembers about hosts from one run to the next ({@code crawl --every}): robots.txt, kept
 * for its TTL, and when each host may next be asked. A run's scheduler starts from it, so the first request of run
 * N+1 to a host comes no sooner than its delay after the last request of run N.
 */
public record HostMemory(RobotsCache robots, HostTurns turns) {
    public HostMemory {
        Objects.requireNonNull(robots, "robots");
        Objects.requireNonNull(turns, "turns");
    }

    /** An empty memory: robots.txt fetched through {@code fetcher} with each site's TTL, no host asked yet. */
    public static HostMemory fresh(HttpFetcher fetcher, Clock clock, SiteProfiles profiles) {
        return new HostMemory(RobotsCache.over(fetcher, clock, host -> profiles.forHost(host).politeness().robotsTtl()),
                new HostTurns());
    }
}
