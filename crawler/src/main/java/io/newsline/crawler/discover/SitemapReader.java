package io.newsline.crawler.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsline.crawler.url.UrlNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Reads one sitemap file (bytes the run fetched) with crawler-commons' {@link SiteMapParser}: XML urlsets, Google
 * News sitemaps ({@code sitemap-news/0.9}: publication date and title), sitemap indexes (their child sitemaps, for the
 * run to fetch next), text sitemaps, and gzip'd sitemaps. URLs from other hosts are kept (the caller filters by
 * profile). Bounded: at most {@code maxUrls} URLs per file (a warning says so) and {@code maxBytes} after
 * decompression. DOCTYPEs are refused, so external entities can neither read local files nor fetch anything.
 */
public final class SitemapReader {
    /** The sitemaps.org limits: 50,000 URLs and 50 MB per file. */
    public static final int MAX_URLS = 50_000;
    public static final int MAX_BYTES = SiteMapParser.MAX_BYTES_ALLOWED;
    /** Longest line of a text sitemap: URLs are under 2,048 characters by the protocol; the rest is slack. */
    static final int MAX_TEXT_LINE = 64 * 1024;
    private static final int READ_BUFFER = 64 * 1024;

    private final UrlNormalizer normalizer;
    private final int maxUrls;
    private final int maxBytes;

    public SitemapReader(UrlNormalizer normalizer, int maxUrls, int maxBytes) {
        this.normalizer = normalizer;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /** A reader with the sitemaps.org limits and the standard URL normalizer. */
    public SitemapReader() {
        this(UrlNormalizer.standard(), MAX_URLS, MAX_BYTES);
    }

    /**
     * Reads {@code content} fetched from {@code sitemapUrl}.
     *
     * @param contentType the {@code Content-Type} header, or null (the format is then detected from the bytes)
     * @param source      {@link SourceKind#SITEMAP} or {@link SourceKind#ROBOTS}, recorded on each URL
     */
    public SitemapContent read(String sitemapUrl, byte[] content, String contentType, SourceKind source) throws DiscoveryException {
        URL url;
        try {
            url = new URL(sitemapUrl);
        } catch (MalformedURLException e) {
            throw new DiscoveryException("sitemap URL '" + sitemapUrl + "' is not a URL", e);
        }
        AtomicInteger seen = new AtomicInteger();
        // Counting in the URL filter stops keeping URLs past the limit while the parse goes on in constant memory.
        StreamingSiteMapParser parser = new StreamingSiteMapParser((String u) -> seen.incrementAndGet() <= maxUrls ? u : null);
        AbstractSiteMap parsed = parse(sitemapUrl, url, content, contentType, parser);
        List<String> warnings = new ArrayList<>();
        if (seen.get() > maxUrls) {
            warnings.add("sitemap " + sitemapUrl + " lists " + seen.get() + " URLs; kept the first " + maxUrls);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                normalizer.normalize(child.getUrl().toString()).ifPresent(children::add);
            }
            return new SitemapContent(sitemapUrl, List.of(), children.stream().distinct().toList(), warnings);
        }
        Map<String, DiscoveredUrl> urls = new LinkedHashMap<>();
        int invalid = 0;
        for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
            Optional<String> normalized = normalizer.normalize(entry.getUrl().toString());
            if (normalized.isEmpty()) {
                invalid++;
                continue;
            }
            NewsAttributes news = newsOf(entry);
            OffsetDateTime published = news == null || news.getPublicationDateTime() == null
                    ? null : news.getPublicationDateTime().toOffsetDateTime();
            String title = news == null ? null : Titles.clean(news.getTitle());
            Instant lastModified = entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
            urls.putIfAbsent(normalized.get(), new DiscoveredUrl(normalized.get(), source, published, title, lastModified));
        }
        if (invalid > 0) {
            warnings.add("sitemap " + sitemapUrl + ": skipped " + invalid + " entries that are not http(s) URLs");
        }
        return new SitemapContent(sitemapUrl, List.copyOf(urls.values()), List.of(), warnings);
    }

    private static NewsAttributes newsOf(SiteMapURL entry) {
        ExtensionMetadata[] meta = entry.getAttributesForExtension(Extension.NEWS);
        if (meta == null) {
            return null;
        }
        for (ExtensionMetadata m : meta) {
            if (m instanceof NewsAttributes news) {
                return news;
            }
        }
        return null;
    }

    private static boolean isGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
    }

    /**
     * Parses {@code content} as it is read (and, when gzip'd, decompressed), so a gzip'd sitemap's decompressed bytes are
     * never held at once; past {@code maxBytes}, or a text line past {@link #MAX_TEXT_LINE}, the read ends with an error.
     */
    private AbstractSiteMap parse(String sitemapUrl, URL url, byte[] content, String contentType,
                                  StreamingSiteMapParser parser) throws DiscoveryException {
        boolean gzip = isGzip(content);
        if (!gzip && content.length > maxBytes) {
            throw new DiscoveryException("sitemap " + sitemapUrl + " is " + content.length + " bytes, above the limit of " + maxBytes);
        }
        BoundedSitemapStream bounded;
        try {
            bounded = new BoundedSitemapStream(gzip ? new GZIPInputStream(new ByteArrayInputStream(content), READ_BUFFER)
                    : new ByteArrayInputStream(content), maxBytes);
        } catch (IOException e) {
            throw new DiscoveryException("sitemap " + sitemapUrl + " is not valid gzip: " + rootMessage(e), e);
        }
        try (BufferedInputStream in = new BufferedInputStream(bounded, READ_BUFFER)) {
            StreamingSiteMapParser.Format format = StreamingSiteMapParser.sniff(in);
            if (format == StreamingSiteMapParser.Format.TEXT && !gzip && isHtml(contentType)) {
                throw new DiscoveryException("sitemap " + sitemapUrl + " is not a readable sitemap: an HTML page (" + contentType + ")");
            }
            if (format == StreamingSiteMapParser.Format.TEXT) {
                bounded.limitLines(MAX_TEXT_LINE);
            }
            AbstractSiteMap parsed = parser.parse(url, in, format);
            requireWithinLimits(sitemapUrl, bounded);
            return parsed;
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            requireWithinLimits(sitemapUrl, bounded);
            throw new DiscoveryException("sitemap " + sitemapUrl + " is not a readable sitemap: " + rootMessage(e), e);
        }
    }

    private void requireWithinLimits(String sitemapUrl, BoundedSitemapStream bounded) throws DiscoveryException {
        switch (bounded.exceeded()) {
            case SIZE -> throw new DiscoveryException("sitemap " + sitemapUrl + " is above the limit of " + maxBytes
                    + " bytes once decompressed; not read");
            case LINE -> throw new DiscoveryException("sitemap " + sitemapUrl + " is not a text sitemap (one URL per line): a line"
                    + " runs past the limit of " + MAX_TEXT_LINE + " bytes; not read");
            case NONE -> {
            }
        }
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m;
    }
}
