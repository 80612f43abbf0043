package io.newsline.crawler.discover;

import io.newsline.crawler.url.UrlNormalizer;
import io.newsline.parser.profile.SiteProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links of a section (listing) page: every {@code a[href]}, made absolute, normalized for the site,
 * kept when the profile calls it an article URL ({@link SiteProfile#isArticleUrl}), deduplicated in page order. The
 * link text becomes the title (the first non-empty one seen for a URL). A profile without an article URL pattern
 * (the generic one) keeps only links to the page's own host.
 */
public final class ListingLinks {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    private ListingLinks() {
    }

    /**
     * @param contentType the {@code Content-Type} header (for its charset), or null: the page's meta tag or UTF-8
     */
    public static List<DiscoveredUrl> read(String pageUrl, byte[] html, String contentType, SiteProfile profile) throws DiscoveryException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charsetOf(contentType), pageUrl);
        } catch (IOException e) {
            throw new DiscoveryException("listing page " + pageUrl + " could not be read: " + e.getMessage(), e);
        }
        UrlNormalizer normalizer = UrlNormalizer.forProfile(profile);
        boolean sameHostOnly = profile.articles().url() == null;
        String pageHost = SiteProfile.hostOf(pageUrl).orElse("");
        Map<String, String> titles = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            Optional<String> url = normalizer.normalize(a.absUrl("href"));
            if (url.isEmpty() || !profile.isArticleUrl(url.get())) {
                continue;
            }
            if (sameHostOnly && !pageHost.equals(SiteProfile.hostOf(url.get()).orElse(""))) {
                continue;
            }
            String text = a.text().strip();
            String title = text.isEmpty() ? null : text;
            titles.merge(url.get(), title == null ? "" : title, (old, now) -> old.isEmpty() ? now : old);
        }
        return titles.entrySet().stream()
                .map(e -> new DiscoveredUrl(e.getKey(), SourceKind.LISTING, null, e.getValue().isEmpty() ? null : e.getValue(), null))
                .toList();
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return Charset.isSupported(name) ? name : null;
    }
}
