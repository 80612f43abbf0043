package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.run.RunStats;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints the one-screen end-of-run summary: totals, per-host counters, skip reasons, errors, and the verdict. */
final class SummaryPrinter {
    private static final int MAX_ROWS = 20;
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
                out.printf(Locale.ROOT, "  %-32s %7d %5d %9d %7d %6d %8d %6d%s%n", truncate(e.getKey(), 32), h.fetched.get(), h.notModified.get(),
                        h.published.get(), h.newVersions.get(), h.robotsDenied.get(), h.backoffs.get(), h.errors.get(),
                        h.parkedReason() == null ? "" : "  parked: " + h.parkedReason());
            }
        }
        printTop("skipped because", s.skipReasons());
        printTop("errors", s.errorKinds());
        out.printf(Locale.ROOT, "%n%s%n", o.failed() ? "result: FAILED (exit 1)" : "result: ok");
        out.flush();
    }

    private void printTop(String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n  %s:%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> out.printf(Locale.ROOT, "    %5d  %s%n", e.getValue(), e.getKey()));
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
