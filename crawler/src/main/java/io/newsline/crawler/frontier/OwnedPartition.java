package io.newsline.crawler.frontier;

import io.newsline.crawler.state.ArticleVersion;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.VersionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the owner of one frontier partition knows of its sites, restored from the same partition of the
 * crawl-state topic: the state of each URL and the last version of each article. Kept in memory while the
 * partition is owned; every change is also written to the topic in the transaction that makes it visible.
 * Thread-safe.
 */
public final class OwnedPartition implements VersionStore {
    private final int partition;
    private final Map<String, UrlState> urls = new ConcurrentHashMap<>();
    private final Map<String, ArticleVersion> versions = new ConcurrentHashMap<>();

    public OwnedPartition(int partition) {
        this.partition = partition;
    }

    public int partition() {
        return partition;
    }

    public Optional<UrlState> url(String url) {
        return Optional.ofNullable(urls.get(url));
    }

    public void put(UrlState state) {
        urls.put(state.url(), state);
    }

    @Override
    public Optional<ArticleVersion> latest(String articleId) {
        return Optional.ofNullable(versions.get(articleId));
    }

    /** Reserved versions are written to the state topic in the transaction of their record; aborted, it is restored. */
    @Override
    public void reserve(ArticleVersion next) {
        put(next);
    }

    public void put(ArticleVersion version) {
        versions.put(version.articleId(), version);
    }

    /** Applies one record of the crawl-state topic (restore). */
    public void apply(String key, byte[] value) {
        if (value == null) {
            if (StateRecords.isUrlKey(key)) {
                urls.remove(key.substring(2));
            } else if (StateRecords.isArticleKey(key)) {
                versions.remove(key.substring(2));
            }
        } else if (StateRecords.isUrlKey(key)) {
            put(StateRecords.decodeUrl(key, value));
        } else if (StateRecords.isArticleKey(key)) {
            put(StateRecords.decodeVersion(key, value));
        }
    }

    /** URLs due at {@code now}, at most {@code limit}. */
    public List<UrlState> due(Instant now, int limit) {
        List<UrlState> due = new ArrayList<>();
        for (UrlState s : urls.values()) {
            if (s.isDue(now)) {
                due.add(s);
                if (due.size() >= limit) {
                    break;
                }
            }
        }
        return due;
    }

    public int urlCount() {
        return urls.size();
    }
}
