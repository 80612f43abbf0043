package io.newsline.crawler.politeness;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsline.crawler.fetch.Accept;
import io.newsline.crawler.fetch.BodyLimit;
import io.newsline.crawler.fetch.FetchRequest;
import io.newsline.crawler.fetch.FetchResult;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.parser.profile.SiteProfiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * robots.txt per site (scheme + host + port), fetched on first use and trusted for the site profile's
 * {@code politeness.robotsTtl}. Parsed with crawler-commons' RFC 9309 parser against the {@code newsline} token.
 * An answer of 2xx is parsed, up to {@link #PARSE_LIMIT} (whole lines; the rest of a larger file is ignored, as RFC
 * 9309 allows); 4xx (no robots.txt) allows everything; 5xx, 429, a timeout or a connection error
 * {@link RobotsVerdict#DEFER defers} the site: it is not crawled now and robots.txt is asked again after
 * {@code deferFor}. A site whose address the SSRF guard refuses is {@link RobotsVerdict#BLOCKED blocked}, for
 * {@code deferFor} as well (its name may resolve elsewhere later). Thread-safe: sites are fetched in parallel, each site at most once at a time.
 */
public final class RobotsCache {
    /** How long a deferral lasts by default before robots.txt is asked again. */
    public static final Duration DEFER_FOR = Duration.ofMinutes(10);
    /** How much of a robots.txt is parsed: RFC 9309 section 2.5 asks for at least 500 KiB; the rest is ignored. */
    public static final int PARSE_LIMIT = 500 * 1024;

    /** Where robots.txt bytes come from; {@code HttpFetcher::fetch} in the crawler. */
    @FunctionalInterface
    public interface Source {
        FetchResult fetch(FetchRequest request);
    }

    private final Source source;
    private final List<String> robotNames;
    private final Clock clock;
    private final Function<String, Duration> ttlForHost;
    private final Duration deferFor;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /**
     * @param robotsToken  the product token matched against {@code User-agent} lines ({@code newsline})
     * @param ttlForHost   the robots TTL of a host (the profile's {@code politeness.robotsTtl})
     * @param deferFor     how long a site stays deferred before robots.txt is asked again
     */
    public RobotsCache(Source source, String robotsToken, Clock clock, Function<String, Duration> ttlForHost, Duration deferFor) {
        this.source = source;
        this.robotNames = List.of(robotsToken.toLowerCase(Locale.ROOT));
        this.clock = clock;
        this.ttlForHost = ttlForHost;
        this.deferFor = deferFor;
    }

    /** A cache fetching through {@code fetcher}, matching its configured product token. */
    public static RobotsCache over(HttpFetcher fetcher, Clock clock, Function<String, Duration> ttlForHost) {
        return new RobotsCache(fetcher::fetch, fetcher.config().robotsToken(), clock, ttlForHost, DEFER_FOR);
    }

    /** A cache of the sites' robots.txt, each kept for its site profile's {@code robotsTtl}; both modes use this one. */
    public static RobotsCache over(HttpFetcher fetcher, Clock clock, SiteProfiles profiles) {
        return over(fetcher, clock, host -> profiles.forHost(host).politeness().robotsTtl());
    }

    /** The robots of {@code url}'s site, fetching robots.txt when not cached or expired. */
    public HostRobots forUrl(String url) {
        String origin = originOf(url);
        Slot slot = slots.computeIfAbsent(origin, o -> new Slot());
        synchronized (slot) {
            HostRobots current = slot.robots;
            if (current == null || current.isExpired(clock.instant())) {
                slot.robots = load(origin);
            }
            return slot.robots;
        }
    }

    /** The cached robots of {@code url}'s site if present and fresh; never fetches. */
    public Optional<HostRobots> cached(String url) {
        Slot slot = slots.get(originOf(url));
        if (slot == null) {
            return Optional.empty();
        }
        synchronized (slot) {
            HostRobots current = slot.robots;
            return current == null || current.isExpired(clock.instant()) ? Optional.empty() : Optional.of(current);
        }
    }

    /** Whether Newsline may fetch {@code url} now (fetches robots.txt when needed). */
    public RobotsVerdict check(String url) {
        return forUrl(url).verdict(url);
    }

    /** True only when {@code url} is {@link RobotsVerdict#ALLOWED}; DEFER counts as not allowed. */
    public boolean isAllowed(String url) {
        return check(url) == RobotsVerdict.ALLOWED;
    }

    /** The Crawl-delay of a site; {@code site} is any URL on it or a bare host (then https). */
    public Optional<Duration> crawlDelay(String site) {
        return forUrl(asUrl(site)).crawlDelay();
    }

    /** The sitemaps a site announces in robots.txt; {@code site} is any URL on it or a bare host (then https). */
    public List<String> sitemaps(String site) {
        return forUrl(asUrl(site)).sitemaps();
    }

    private HostRobots load(String origin) {
        String robotsUrl = origin + "/robots.txt";
        // one byte more than is parsed, to know whether the file went on
        FetchResult result = source.fetch(FetchRequest.of(robotsUrl, Accept.ROBOTS)
                .withBodyLimit(BodyLimit.truncateAt(PARSE_LIMIT + 1L)));
        Instant now = clock.instant();
        String host = HttpUrl.get(robotsUrl).host();
        Instant fresh = now.plus(ttlForHost.apply(host));
        switch (result.outcome()) {
            case OK:
                if (result.body().length > PARSE_LIMIT) {
                    return new HostRobots(origin, parse(robotsUrl, result, linesWithin(result.body(), PARSE_LIMIT)), HostRobots.Access.READ,
                            robotsUrl + ": larger than " + PARSE_LIMIT + " bytes; parsed the lines within the first "
                                    + PARSE_LIMIT + " (RFC 9309)", now, fresh);
                }
                return new HostRobots(origin, parse(robotsUrl, result, result.body()), HostRobots.Access.READ,
                        robotsUrl + ": " + result.body().length + " bytes", now, fresh);
            case HTTP_ERROR:
                if (result.status() >= 400 && result.status() < 500 && result.status() != 429) {
                    return allowAll(origin, robotsUrl + ": HTTP " + result.status() + ", no robots.txt, allow all", now, fresh);
                }
                return defer(origin, result.message(), now);
            case BLOCKED_PRIVATE_ADDRESS:
                return new HostRobots(origin, new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), HostRobots.Access.BLOCKED,
                        result.message(), now, now.plus(deferFor));
            case TOO_MANY_REDIRECTS, REDIRECT_LOOP, BAD_REDIRECT:
                // RFC 9309 2.3.1.2: robots.txt behind too many redirects counts as unavailable (like 4xx).
                return allowAll(origin, result.message() + ", allow all", now, fresh);
            default:
                return defer(origin, result.message(), now);
        }
    }

    private SimpleRobotRules parse(String robotsUrl, FetchResult result, byte[] content) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // We enforce our own limit (politeness.maxCrawlDelay) with a message; keep the parser from hiding the value.
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        String contentType = result.contentType() == null ? "text/plain" : result.contentType();
        return parser.parseContent(robotsUrl, content, contentType, robotNames);
    }

    /** The whole lines among the first {@code limit} bytes: a rule cut in half is dropped, not misread. */
    private static byte[] linesWithin(byte[] body, int limit) {
        int end = limit;
        while (end > 0 && body[end - 1] != '\n' && body[end - 1] != '\r') {
            end--;
        }
        return java.util.Arrays.copyOf(body, end);
    }

    private static HostRobots allowAll(String origin, String reason, Instant now, Instant expires) {
        return new HostRobots(origin, new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), HostRobots.Access.READ, reason, now, expires);
    }

    private HostRobots defer(String origin, String reason, Instant now) {
        return new HostRobots(origin, new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), HostRobots.Access.DEFERRED,
                "robots.txt unreadable (" + reason + "); not crawling " + origin + " for now", now, now.plus(deferFor));
    }

    static String originOf(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: '" + url + "'");
        }
        boolean defaultPort = parsed.port() == HttpUrl.defaultPort(parsed.scheme());
        String host = parsed.host().contains(":") ? "[" + parsed.host() + "]" : parsed.host();
        return parsed.scheme() + "://" + host + (defaultPort ? "" : ":" + parsed.port());
    }

    private static String asUrl(String site) {
        return site.contains("://") ? site : "https://" + site + "/";
    }

    private static final class Slot {
        private HostRobots robots;
    }
}
