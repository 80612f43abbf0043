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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        byte[] bytes = isGzip(content) ? gunzip(sitemapUrl, content) : content;
        if (bytes.length > maxBytes) {
            throw new DiscoveryException("sitemap " + sitemapUrl + " is " + bytes.length + " bytes, above the limit of " + maxBytes);
        }
        AtomicInteger seen = new AtomicInteger();
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        // Counting in the URL filter stops keeping URLs past the limit while the parse goes on in constant memory.
        parser.setURLFilter((String u) -> seen.incrementAndGet() <= maxUrls ? u : null);
        AbstractSiteMap parsed;
        try {
            String type = contentType == null || isGzip(content) ? null : contentType;
            parsed = type == null ? parser.parseSiteMap(bytes, url) : parser.parseSiteMap(type, bytes, url);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new DiscoveryException("sitemap " + sitemapUrl + " is not a readable sitemap: " + rootMessage(e), e);
        }
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

    private byte[] gunzip(String sitemapUrl, byte[] content) throws DiscoveryException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new DiscoveryException("sitemap " + sitemapUrl + " is above the limit of " + maxBytes
                            + " bytes once decompressed");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new DiscoveryException("sitemap " + sitemapUrl + " is not valid gzip: " + e.getMessage(), e);
        }
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
