package io.newsline.crawler.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.crawler.extract.PageTimeLimit;
import io.newsline.crawler.offline.SavedPageParser;
import io.newsline.crawler.seeds.SeedFiles;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.parser.ParseResult;
import io.newsline.parser.profile.ExtractionInterrupted;
import io.newsline.parser.profile.SiteProfileException;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticleRecords;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsline parse}: extracts saved pages and prints their article records, for writing and debugging site files. */
@Command(name = "parse", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts saved pages and prints their article records as JSON.",
                "One file: pretty JSON. Several files: one JSON line per file, in the order given; a page that is not an "
                        + "article prints a line with an empty text and the reason.",
                "A page whose extraction takes longer than --time-limit fails, with the reason on standard error and exit 1.",
                "Standard error says, per file, which site file applied, or that none did and where it looked."})
public final class ParseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Saved HTML pages.")
    List<Path> files;

    @Option(names = "--url", paramLabel = "URL",
            description = "The page's URL (one file only). Default: its canonical link or og:url, else the file name. Chooses the site profile by host.")
    String url;

    @Option(names = "--seeds", paramLabel = "PATH", defaultValue = "seeds",
            description = "A site file or folder of them (default: ${DEFAULT-VALUE}, when it exists).")
    Path seeds;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = PageTimeLimit.DEFAULT_SECONDS + "s",
            description = "How long extracting one page may take before it fails (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (url != null && files.size() > 1) {
            err.println("newsline parse: --url applies to one file; give one file, or leave --url out to use each page's canonical URL");
            return Newsline.EXIT_CONFIG;
        }
        if (url != null && !isHttpUrl(url)) {
            err.println("newsline parse: --url '" + url + "' is not an absolute http(s) URL; give the page's address,"
                    + " e.g. --url https://www.example.com/news/1.html");
            return Newsline.EXIT_CONFIG;
        }
        SeedFiles seedFiles;
        try {
            seedFiles = Files.exists(seeds) ? new SeedsReader().readFiles(seeds) : new SeedFiles(SiteProfiles.none(), Map.of());
        } catch (SiteProfileException e) {
            err.println("newsline parse: " + e.getMessage());
            return Newsline.EXIT_CONFIG;
        }
        PageTimeLimit limit;
        try {
            limit = new PageTimeLimit(timeLimit);
        } catch (IllegalArgumentException e) {
            err.println("newsline parse: --time-limit: " + e.getMessage() + "; give a duration such as 10s");
            return Newsline.EXIT_CONFIG;
        }
        SiteProfiles profiles = seedFiles.profiles();
        SavedPageParser parser = new SavedPageParser(profiles, limit);
        boolean pretty = files.size() == 1;
        int failures = 0;
        int overran = 0;
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                err.println("newsline parse: " + file + ": no such readable file");
                out.println(notArticle(file, null, "file cannot be read"));
                failures++;
                continue;
            }
            SavedPageParser.Parsed parsed = parser.parse(file, Optional.ofNullable(url), Instant.now());
            err.println("newsline parse: " + file + ": " + ProfileChoice.describe(parsed.url(), profiles, seedFiles, seeds));
            ParseResult r = parsed.result();
            if (r instanceof ParseResult.Parsed p) {
                ArticleRecord record = ArticleRecords.of(p.article(), 1, null, Instant.now());
                out.println(pretty ? ArticleRecordCodec.toPrettyJson(record) : ArticleRecordCodec.toJson(record));
            } else if (r instanceof ParseResult.NotArticle n) {
                out.println(notArticle(file, parsed.url(), "not an article: " + n.reason()));
            } else if (r instanceof ParseResult.Failed f) {
                failures++;
                if (f.cause() instanceof ExtractionInterrupted) {
                    overran++;
                    err.println("newsline parse: " + file + ": " + f.reason());
                }
                out.println(notArticle(file, parsed.url(), "extraction failed: " + f.reason()));
            }
        }
        out.flush();
        // a page over the time limit is an error whatever the other pages did; other failures only when all failed
        return overran > 0 || failures > 0 && failures == files.size() ? Newsline.EXIT_FAILED : 0;
    }

    private static String notArticle(Path file, String url, String reason) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file.toString());
        n.put("url", url);
        n.put("text", "");
        n.put("reason", reason);
        return n.toString();
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
