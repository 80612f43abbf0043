package io.newsline.crawler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.run.RunStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * The run's figures as one JSON object for cron wrappers ({@code crawl --summary-json FILE}): the same numbers as the
 * printed summary, from the same {@link RunStats}. Written to a temporary file and moved into place, so a reader never
 * sees half of it.
 */
final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    static ObjectNode of(CrawlRun.Outcome o) {
        RunStats s = o.stats();
        ObjectNode root = JSON.createObjectNode();
        root.put("result", o.failed() ? "failed" : "ok");
        root.put("fetched", o.fetched());
        root.put("notModified", s.total(h -> h.notModified));
        root.put("published", o.published());
        root.put("newVersions", s.total(h -> h.newVersions));
        root.put("unchanged", s.total(h -> h.unchanged));
        root.put("skipped", s.total(h -> h.skipped));
        root.put("deadLettered", o.deadLettered());
        root.put("errors", o.errors());
        root.put("undelivered", o.undelivered());
        root.put("stoppedBy", o.stoppedBy().orElse(null)); // null: a JSON null
        ObjectNode hosts = root.putObject("hosts");
        for (Map.Entry<String, RunStats.HostStats> e : s.hosts().entrySet()) {
            RunStats.HostStats h = e.getValue();
            ObjectNode n = hosts.putObject(e.getKey());
            n.put("fetched", h.fetched.get());
            n.put("notModified", h.notModified.get());
            n.put("published", h.published.get());
            n.put("newVersions", h.newVersions.get());
            n.put("robotsDenied", h.robotsDenied.get());
            n.put("backoffs", h.backoffs.get());
            n.put("errors", h.errors.get());
            n.put("parked", h.parkedReason());
        }
        ObjectNode skips = root.putObject("skippedByReason");
        s.skipsByReason().forEach((k, t) -> skips.put(k.name().toLowerCase(Locale.ROOT), t.count()));
        ObjectNode errors = root.putObject("errorsByKind");
        s.errorsByKind().forEach((k, t) -> errors.put(k.name().toLowerCase(Locale.ROOT), t.count()));
        return root;
    }

    /** Writes the summary of {@code o} to {@code file}; throws UncheckedIOException naming the file and the option. */
    static void write(CrawlRun.Outcome o, Path file) {
        Path target = file.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
            JSON.writeValue(tmp.toFile(), of(o));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("--summary-json: cannot write " + target + " (" + e.getMessage()
                    + "); give a file in a writable directory", e);
        }
    }
}
