package io.newsline.crawler.cli;

import io.newsline.crawler.archive.ArchivedPage;
import io.newsline.crawler.archive.ReplayFilter;
import io.newsline.crawler.archive.ReplayRun;
import io.newsline.crawler.archive.ReplayTarget;
import io.newsline.crawler.archive.WarcDamage;
import io.newsline.crawler.run.CrawlConfig;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.crawler.state.StateMismatchException;
import io.newsline.parser.Article;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticleRecords;
import io.newsline.publisher.BrokerUnavailableException;
import io.newsline.record.ArticleRecordCodec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsline replay}: re-extracts archived pages (WARC) with the current site files and publishes like a crawl. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads WARC files (written by `crawl --warc`, CC-NEWS, or any crawler; gzip or not), parses their HTML"
                + " responses with the current site files (the host's, the generic profile otherwise) on all cores, and"
                + " publishes like a crawl: same records, versioned against the crawl state in --data (unchanged content"
                + " publishes nothing, changed content the next version), fetchedAt = the WARC date.",
                "Revisit and non-HTML records are skipped and counted. A damaged file (cut mid-record, bad gzip) is replayed"
                        + " up to the damage, which is reported with file and offset, and the exit code is 1.",
                "Without --kafka it uses the broker `newsline broker --data DIR` runs, else starts the embedded one, as crawl does."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file replayed", "1:a file was damaged, or records were not delivered",
                "2:bad usage or site file, data directory in use, Kafka unreachable"})
public final class ReplayCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WARC", description = "WARC files (.warc, .warc.gz), e.g. a CC-NEWS file downloaded"
            + " from https://data.commoncrawl.org/crawl-data/CC-NEWS/2024/01/CC-NEWS-20240101000000-00000.warc.gz.")
    List<Path> files;

    @Option(names = "--seeds", paramLabel = "PATH",
            description = "Site files (a file or folder): only pages of their hosts are replayed, each with its site file."
                    + " Default: every host, with the generic profile.")
    Path seeds;

    @Option(names = "--url-pattern", paramLabel = "REGEX", description = "Only URLs in which REGEX is found.")
    String urlPattern;

    @Option(names = "--host", paramLabel = "HOST", description = "Only pages of HOST (repeatable).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--since", paramLabel = "TIME", description = "Only pages archived at or after TIME (2024-01-31 or 2024-01-31T12:00:00Z).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Only pages archived before TIME.")
    String until;

    @Option(names = "--dry-run", description = "Print the article records as JSON lines (version 1 each) and publish nothing;"
            + " needs no Kafka and leaves --data alone.")
    boolean dryRun;

    @Option(names = "--threads", paramLabel = "N", description = "Parse threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PublishingOptions publishing = new PublishingOptions();

    @Option(names = "--quiet", description = "No progress lines and, unless --log-level says otherwise, no log messages below warn: only the summary and errors.")
    boolean quiet;

    @Mixin
    LoggingOptions logging = new LoggingOptions();

    /** The publishing configuration from the parsed options, as a crawl's; throws IllegalArgumentException naming a bad option. */
    CrawlConfig config() {
        Path data = publishing.data.data;
        return publishing.settings(CrawlConfig.builder(seeds == null ? data : seeds, data))
                .kafka(publishing.kafka.given())
                .build();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReplayFilter filter;
        SiteProfiles profiles;
        try {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new IllegalArgumentException("WARC file " + f + " does not exist or is not a file");
                }
            }
            filter = new ReplayFilter(Optional.ofNullable(urlPattern).map(ReplayCommand::pattern), Set.copyOf(hosts),
                    Optional.ofNullable(since).map(s -> time("--since", s)), Optional.ofNullable(until).map(s -> time("--until", s)));
            profiles = seeds == null ? SiteProfiles.none() : new SeedsReader().read(seeds);
        } catch (IllegalArgumentException | SiteProfileException e) {
            err.println("newsline replay: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        RunObservers observers = RunObservers.start(quiet, logging);
        ReplayRun replay = new ReplayRun(profiles, seeds != null, filter, threads);
        ReplayRun.Progress progress = quiet ? ReplayRun.Progress.NONE : (stats, elapsed) -> {
            err.println("replay: " + stats.line(elapsed));
            err.flush();
        };
        ReplayRun.Outcome outcome;
        if (dryRun) {
            outcome = replay.run(files, new PrintedRecords(out), progress);
        } else {
            CrawlListener log = observers.forRun();
            try (CrawlRun session = CrawlRun.open(config(), profiles, log)) {
                outcome = replay.run(files, session.replayPublication(log), progress);
            } catch (BrokerUnavailableException | StateMismatchException | IllegalArgumentException | IllegalStateException e) {
                err.println("newsline replay: " + e.getMessage());
                return Newsline.EXIT_CONFIG;
            }
        }
        out.println("replay: " + outcome.stats().line(outcome.elapsed()));
        out.println("skipped: " + outcome.stats().skipLine());
        for (WarcDamage d : outcome.stats().damage()) {
            err.println("newsline replay: damaged WARC: " + d.describe());
        }
        if (outcome.undelivered() > 0) {
            err.println("newsline replay: " + outcome.undelivered() + " record(s) not acknowledged by Kafka; they stay pending"
                    + " in the crawl state and the next crawl or replay settles them");
        }
        out.flush();
        err.flush();
        return outcome.failed() ? Newsline.EXIT_FAILED : 0;
    }

    private static Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--url-pattern '" + regex + "' is not a regular expression: " + e.getDescription());
        }
    }

    private static Instant time(String option, String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a date (2024-01-31) or a UTC time (2024-01-31T12:00:00Z)");
        }
    }

    /** {@code --dry-run}: each article as the record a first publication would send, one JSON line each. */
    private static final class PrintedRecords implements ReplayTarget {
        private final PrintWriter out;

        PrintedRecords(PrintWriter out) {
            this.out = out;
        }

        @Override
        public boolean publish(Article article, ArchivedPage page) {
            String line = ArticleRecordCodec.toJson(ArticleRecords.of(article, 1, null, page.fetchedAt()));
            synchronized (out) {
                out.println(line);
            }
            return true;
        }

        @Override
        public long finish() {
            out.flush();
            return 0;
        }
    }
}
