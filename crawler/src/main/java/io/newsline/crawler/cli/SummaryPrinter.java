package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.run.ErrorKind;
import io.newsline.crawler.run.RunStats;
import io.newsline.crawler.run.SkipReason;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints the one-screen end-of-run summary: totals, per-host counters, skips by {@link SkipReason} and errors by
 * {@link ErrorKind} (each with its first messages, never cut mid-word), and the verdict.
 */
final class SummaryPrinter {
    private static final int MAX_ROWS = 20;
    /** Characters of an example message in the skip and error lines; longer ones end at a word with an ellipsis. */
    static final int EXAMPLE_WIDTH = 200;
    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(CrawlRun.Outcome o) {
        RunStats s = o.stats();
        out.printf(Locale.ROOT, "%nnewsline crawl summary%n");
        out.printf(Locale.ROOT, "  pages fetched      %d%n", o.fetched());
        out.printf(Locale.ROOT, "  not modified (304) %d%n", s.total(h -> h.notModified));
        out.printf(Locale.ROOT, "  articles published %d (new versions of known articles: %d)%n", o.published(), s.total(h -> h.newVersions));
        out.printf(Locale.ROOT, "  unchanged          %d%n", s.total(h -> h.unchanged));
        out.printf(Locale.ROOT, "  skipped            %d%n", s.total(h -> h.skipped));
        out.printf(Locale.ROOT, "  dead-lettered      %d%n", o.deadLettered());
        out.printf(Locale.ROOT, "  errors             %d%n", o.errors());
        o.stoppedBy().ifPresent(why -> out.printf(Locale.ROOT, "  STOPPED            %s%n", why));
        if (o.undelivered() > 0) {
            out.printf(Locale.ROOT, "  NOT DELIVERED      %d article(s) wait for the next run (Kafka did not acknowledge them)%n", o.undelivered());
        }
        if (!s.hosts().isEmpty()) {
            out.printf(Locale.ROOT, "%n  %-32s %7s %5s %9s %7s %6s %8s %6s%n", "host", "fetched", "304", "published", "new-ver", "robots", "backoffs", "errors");
            int rows = 0;
            for (Map.Entry<String, RunStats.HostStats> e : s.hosts().entrySet()) {
                if (rows++ == MAX_ROWS) {
                    out.printf(Locale.ROOT, "  ... and %d more hosts%n", s.hosts().size() - MAX_ROWS);
                    break;
                }
                RunStats.HostStats h = e.getValue();
                out.printf(Locale.ROOT, "  %-32s %7d %5d %9d %7d %6d %8d %6d%s%n", e.getKey(), h.fetched.get(), h.notModified.get(),
                        h.published.get(), h.newVersions.get(), h.robotsDenied.get(), h.backoffs.get(), h.errors.get(),
                        h.parkedReason() == null ? "" : "  parked: " + h.parkedReason());
            }
        }
        printByKind("skipped because", s.skipsByReason(), SkipReason::label);
        printByKind("errors by kind", s.errorsByKind(), ErrorKind::label);
        out.printf(Locale.ROOT, "%n%s%n", o.failed() ? "result: FAILED (exit 1)" : "result: ok");
        out.flush();
    }

    /**
     * One line per kind met, most frequent first (count and label), then its first messages, one per line: which
     * URLs a kind of failure hit.
     */
    private <K extends Enum<K>> void printByKind(String title, Map<K, RunStats.Tally> byKind, Function<K, String> label) {
        if (byKind.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n  %s:%n", title);
        byKind.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<K, RunStats.Tally> e) -> e.getValue().count()).reversed())
                .forEach(e -> {
                    RunStats.Tally tally = e.getValue();
                    out.printf(Locale.ROOT, "    %5d  %s%n", tally.count(), label.apply(e.getKey()));
                    tally.examples().forEach(m -> out.printf(Locale.ROOT, "           %s%n", Ellipsis.fit(m, EXAMPLE_WIDTH)));
                    if (tally.count() > tally.examples().size() && !tally.examples().isEmpty()) {
                        out.printf(Locale.ROOT, "           ... and %d more%n", tally.count() - tally.examples().size());
                    }
                });
    }
}
