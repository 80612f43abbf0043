package io.newsline.crawler.discover;

import java.util.List;

/**
 * What one sitemap file held: page URLs (for a urlset) or child sitemaps (for a sitemap index), and warnings such
 * as "stopped after 50000 URLs" for the run to report.
 */
public record SitemapContent(String sitemapUrl, List<DiscoveredUrl> urls, List<String> childSitemaps, List<String> warnings) {

    public SitemapContent {
        urls = List.copyOf(urls);
        childSitemaps = List.copyOf(childSitemaps);
        warnings = List.copyOf(warnings);
    }

    /** True for a sitemap index (it lists sitemaps, not pages). */
    public boolean isIndex() {
        return !childSitemaps.isEmpty() && urls.isEmpty();
    }
}
