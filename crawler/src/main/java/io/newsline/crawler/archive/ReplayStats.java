package io.newsline.crawler.archive;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** What a replay did, counted as it goes (thread-safe): records read, pages parsed, published, skipped by reason. */
public final class ReplayStats implements WarcPages.Skips {
    private final LongAdder read = new LongAdder();
    private final LongAdder pages = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder truncated = new LongAdder();
    private final Map<ReplaySkip, LongAdder> skipped = new EnumMap<>(ReplaySkip.class);
    private final List<WarcDamage> damage = new CopyOnWriteArrayList<>();

    public ReplayStats() {
        for (ReplaySkip s : ReplaySkip.values()) {
            skipped.put(s, new LongAdder());
        }
    }

    @Override
    public void read() {
        read.increment();
    }

    @Override
    public void skipped(ReplaySkip reason) {
        skipped.get(reason).increment();
    }

    void page(ArchivedPage page) {
        pages.increment();
        if (page.truncated()) {
            truncated.increment();
        }
    }

    void countPublished() {
        published.increment();
    }

    void damaged(WarcDamage d) {
        damage.add(d);
    }

    public long recordsRead() {
        return read.sum();
    }

    /** HTML 200 responses handed to the parser. */
    public long pages() {
        return pages.sum();
    }

    public long published() {
        return published.sum();
    }

    public long skips(ReplaySkip reason) {
        return skipped.get(reason).sum();
    }

    public List<WarcDamage> damage() {
        return List.copyOf(damage);
    }

    /** One line for the progress display and the summary's first line. */
    public String line(Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(java.util.Locale.ROOT, "records read %d, pages parsed %d (%d truncated), published %d, %.1f pages/s",
                recordsRead(), pages(), truncated.sum(), published(), pages() / seconds);
    }

    /** The skip counts that are not zero: {@code revisit 3, not-html 5}. */
    public String skipLine() {
        StringBuilder sb = new StringBuilder();
        for (ReplaySkip s : ReplaySkip.values()) {
            long n = skips(s);
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(s.label()).append(' ').append(n);
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
