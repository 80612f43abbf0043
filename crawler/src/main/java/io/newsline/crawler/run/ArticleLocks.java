package io.newsline.crawler.run;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Serializes the work on one article id: whatever runs under {@link #withLock} for an id runs alone for that id,
 * while other articles go on in parallel. A sink runs the decision of an article's next version and the send of
 * that version under it, so version N+1 of an article never reaches the producer before version N: fetch threads
 * that find two pages of one article at once would otherwise race between deciding and sending, and a compacted
 * topic could keep the lower version as the latest.
 *
 * <p>Striped: ids that share one of the {@value #STRIPES} locks wait for each other, which costs a little
 * parallelism and never correctness. Thread-safe.
 */
public final class ArticleLocks {
    private static final int STRIPES = 64;
    private final Object[] stripes = new Object[STRIPES];

    public ArticleLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** Runs {@code work} holding the lock of {@code articleId}; returns what it returns. */
    public <T> T withLock(String articleId, Supplier<T> work) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(work, "work");
        synchronized (stripes[Math.floorMod(articleId.hashCode(), STRIPES)]) {
            return work.get();
        }
    }
}
