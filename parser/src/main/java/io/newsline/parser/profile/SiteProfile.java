package io.newsline.parser.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * One site definition from {@code seeds/}: who the site is, where its articles are found, which URLs are
 * articles, how to extract them, and how politely to crawl it. Loaded and fully checked by
 * {@link SiteProfileLoader}; immutable.
 *
 * @param name       short id of the profile ({@code newdaily}); prefixes article ids, appears in records
 * @param version    bumped by the profile's author when rules change; recorded with every extraction
 * @param site       the publication's display name ({@code 뉴데일리})
 * @param hosts      host names this profile applies to (exact, lower case)
 * @param language   BCP-47 language of the site's articles, used when a page does not declare one
 * @param timezone   zone for dates printed without an offset
 * @param discovery  how many of the site's sitemaps one run reads
 */
public record SiteProfile(
        String name,
        int version,
        String site,
        @JsonDeserialize(using = HostNames.Reader.class) List<String> hosts,
        String language,
        ZoneId timezone,
        StartPoints start,
        ArticleRules articles,
        ExtractRules extract,
        Politeness politeness,
        Recrawl recrawl,
        Discovery discovery) {

    public SiteProfile {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("name: expected a short lower-case id such as 'newdaily', got '" + name + "'");
        }
        if (version < 1) {
            version = 1;
        }
        hosts = hosts == null ? List.of() : hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("hosts: expected at least one host such as 'www.example.com'");
        }
        site = site == null || site.isBlank() ? hosts.get(0) : site;
        timezone = timezone == null ? ZoneId.of("UTC") : timezone;
        start = start == null ? StartPoints.NONE : start;
        articles = articles == null ? ArticleRules.ANY : articles;
        extract = extract == null ? ExtractRules.NONE : extract;
        politeness = politeness == null ? Politeness.DEFAULT : politeness;
        recrawl = recrawl == null ? Recrawl.DEFAULT : recrawl;
        discovery = discovery == null ? Discovery.DEFAULT : discovery;
    }

    /** The profile used when a page's host has no site file: generic extraction only, UTC dates. */
    public static SiteProfile generic(String host) {
        Objects.requireNonNull(host, "host");
        return new SiteProfile("generic", 1, host, List.of(host), null, ZoneId.of("UTC"), null, null, null, null, null, null);
    }

    /** A copy with other politeness settings (e.g. a delay given on the command line). */
    public SiteProfile withPoliteness(Politeness newPoliteness) {
        return new SiteProfile(name, version, site, hosts, language, timezone, start, articles, extract, newPoliteness,
                recrawl, discovery);
    }

    /** True when this profile is the built-in generic one (no site file). */
    public boolean isGeneric() {
        return "generic".equals(name);
    }

    /** True when {@code host} is one of this profile's hosts. */
    public boolean covers(String host) {
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** True when {@code url} matches the profile's article URL pattern (every URL does when none is set). */
    public boolean isArticleUrl(String url) {
        return articles.url() == null || articles.url().matcher(url).find();
    }

    /** The site's own article id from the URL pattern's named group {@code id}, if the pattern has one and matches. */
    public Optional<String> articleIdOf(String url) {
        if (articles.url() == null || !articles.url().regex().contains("(?<id>")) {
            return Optional.empty();
        }
        Matcher m = articles.url().matcher(url);
        return m.find() ? Optional.ofNullable(m.group("id")) : Optional.empty();
    }

    /** The host of {@code url}, lower case, or empty for an unparsable URL. */
    public static Optional<String> hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
