package io.newsline.crawler.frontier;

import crawlercommons.domains.EffectiveTldFinder;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.publisher.work.FrontierTopics;
import java.util.Locale;
import java.util.Objects;

/**
 * The partitioning key of the frontier and of the crawl state: the registrable domain of a URL's host
 * ({@code www.newdaily.co.kr} and {@code pk.newdaily.co.kr} are both {@code newdaily.co.kr}), found with
 * crawler-commons' public-suffix list; the host itself when it has none (an IP address, {@code localhost}).
 *
 * <p>Keying by registrable domain, not host, keeps all hosts of one site with one worker: their per-host
 * politeness is then local to that worker, and a site's article ids (shared by its hosts) get their versions
 * from one owner.
 */
public final class SiteKey {
    private SiteKey() {
    }

    /** The key of {@code url}'s site, e.g. {@code newdaily.co.kr}. */
    public static String of(String url) {
        String host = SiteProfile.hostOf(url).orElseThrow(() ->
                new IllegalArgumentException("not an absolute http(s) URL: " + url)).toLowerCase(Locale.ROOT);
        return ofHost(host);
    }

    /** The key of a host. */
    public static String ofHost(String host) {
        Objects.requireNonNull(host, "host");
        String h = host.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || Character.isDigit(h.charAt(h.length() - 1)) || h.indexOf(':') >= 0) {
            return h; // an IPv4 or IPv6 address
        }
        String domain = EffectiveTldFinder.getAssignedDomain(h, true, false);
        return domain == null || domain.isEmpty() ? h : domain;
    }

    /** The partition of {@code key} among {@code partitions}: Kafka's default hash of a String key. */
    public static int partition(String key, int partitions) {
        return FrontierTopics.partitionOf(key, partitions);
    }

    /** The partition of {@code url}'s site. */
    public static int partitionOf(String url, int partitions) {
        return partition(of(url), partitions);
    }
}
