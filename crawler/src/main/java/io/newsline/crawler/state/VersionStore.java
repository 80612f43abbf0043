package io.newsline.crawler.state;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Where the version decision reads an article's last version and reserves its next: the seam between the one
 * {@code Versioner} and the store of each mode (the SQLite state of {@code newsline crawl}, the partition state of
 * {@code newsline worker}). Implementations are thread-safe; the caller holds the article id's lock.
 */
public interface VersionStore {

    /** The last version of {@code articleId}, committed or reserved, if any. */
    Optional<ArticleVersion> latest(String articleId);

    /** Records {@code next} as the article's latest, before its record is sent; {@link #latest} returns it from now. */
    void reserve(ArticleVersion next);

    /**
     * A store over versions that are committed elsewhere and later ({@code newsline crawl} commits one when the broker
     * acknowledges it): reservations are kept in memory, so that two edits of one article seen before the first is
     * acknowledged become {@code v+1} and {@code v+2}, not {@code v+1} twice.
     */
    static VersionStore reservingOver(Function<String, Optional<ArticleVersion>> committed) {
        Map<String, ArticleVersion> reserved = new ConcurrentHashMap<>();
        return new VersionStore() {
            @Override
            public Optional<ArticleVersion> latest(String articleId) {
                ArticleVersion r = reserved.get(articleId);
                return r != null ? Optional.of(r) : committed.apply(articleId);
            }

            @Override
            public void reserve(ArticleVersion next) {
                reserved.put(next.articleId(), next);
            }
        };
    }
}
