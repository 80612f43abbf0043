package io.newsline.crawler.url;

import crawlercommons.filters.basic.BasicURLNormalizer;
import io.newsline.parser.profile.SiteProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalizes absolute http(s) URLs. Thread-safe and cheap to share.
 *
 * <p>Only parameters that are tracking beyond doubt are removed by default: Google Analytics' {@code utm_*}, and the
 * click ids of Facebook, Google, Microsoft, Yandex, Mailchimp, HubSpot, Marketo and Instagram. Names such as
 * {@code ref}, {@code source} or {@code from} are left alone because some sites use them to pick the page; list them in
 * the site's {@code articles.dropParams} when they are noise there.
 */
public final class UrlNormalizer {
    /** Tracking parameter names removed from every URL (matched case-insensitively). */
    public static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "_ga", "_gl");
    /** Tracking parameter name prefix removed from every URL ({@code utm_source}, {@code utm_medium}, ...). */
    public static final String TRACKING_PREFIX = "utm_";

    private final BasicURLNormalizer basic;
    private final Set<String> dropParams;

    /** A normalizer that also drops the site-specific parameters {@code dropParams} (exact names). */
    public UrlNormalizer(Collection<String> dropParams) {
        this.dropParams = Set.copyOf(dropParams);
        this.basic = BasicURLNormalizer.newBuilder().queryParamsToRemove(this.dropParams).build();
    }

    /** A normalizer with the default rules only. */
    public static UrlNormalizer standard() {
        return new UrlNormalizer(List.of());
    }

    /** A normalizer for {@code profile}'s site: the default rules plus its {@code articles.dropParams}. */
    public static UrlNormalizer forProfile(SiteProfile profile) {
        return new UrlNormalizer(profile.articles().dropParams());
    }

    /** The normalized form of {@code url}, or empty when it is not an absolute http(s) URL. */
    public Optional<String> normalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String normalized = basic.filter(url.trim());
        if (normalized == null) {
            return Optional.empty();
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        return Optional.of(withoutTracking(normalized));
    }

    /** Like {@link #normalize} but fails naming the URL when it cannot be normalized. */
    public String expectNormalized(String url) {
        return normalize(url).orElseThrow(() -> new IllegalArgumentException(
                "not an absolute http(s) URL: '" + url + "'"));
    }

    private String withoutTracking(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq));
            if (!pair.isEmpty() && !isTracking(name)) {
                kept.add(pair);
            }
        }
        String base = url.substring(0, q);
        return kept.isEmpty() ? base : base + "?" + kept.stream().collect(Collectors.joining("&"));
    }

    private boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(TRACKING_PREFIX) || TRACKING_PARAMS.contains(lower) || dropParams.contains(name);
    }
}
