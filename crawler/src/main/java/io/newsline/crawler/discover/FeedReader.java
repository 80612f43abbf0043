package io.newsline.crawler.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsline.crawler.url.UrlNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads RSS and Atom feeds (bytes the run fetched) with Rome: one {@link DiscoveredUrl} per entry with a link, with
 * its title and publication time. Relative links are resolved against the feed URL. Rome's XML healer is on (feeds
 * with stray {@code &nbsp;} and the like still parse) and DOCTYPEs are refused, so external entities can neither read
 * local files nor fetch anything. At most {@code maxEntries} entries are kept.
 */
public final class FeedReader {
    public static final int MAX_ENTRIES = 50_000;

    private final UrlNormalizer normalizer;
    private final int maxEntries;

    public FeedReader(UrlNormalizer normalizer, int maxEntries) {
        this.normalizer = normalizer;
        this.maxEntries = maxEntries;
    }

    public FeedReader() {
        this(UrlNormalizer.standard(), MAX_ENTRIES);
    }

    /** The entries of the feed {@code content} fetched from {@code feedUrl}. */
    public List<DiscoveredUrl> read(String feedUrl, byte[] content) throws DiscoveryException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(content), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new DiscoveryException("feed " + feedUrl + " is not readable RSS or Atom: " + SitemapReader.rootMessage(e), e);
        }
        Map<String, DiscoveredUrl> found = new LinkedHashMap<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (found.size() >= maxEntries) {
                break;
            }
            Optional<String> url = linkOf(feedUrl, entry).flatMap(normalizer::normalize);
            if (url.isEmpty()) {
                continue;
            }
            Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            found.putIfAbsent(url.get(), new DiscoveredUrl(url.get(), SourceKind.FEED,
                    published == null ? null : OffsetDateTime.ofInstant(published.toInstant(), ZoneOffset.UTC),
                    Titles.clean(entry.getTitle()),
                    entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant()));
        }
        return List.copyOf(found.values());
    }

    private static Optional<String> linkOf(String feedUrl, SyndEntry entry) {
        String link = entry.getLink();
        if (link == null || link.isBlank()) {
            String uri = entry.getUri();
            link = uri != null && uri.startsWith("http") ? uri : null;
        }
        if (link == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(feedUrl).resolve(link.strip()).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
