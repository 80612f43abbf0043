package io.newsline.crawler.cli;

import io.newsline.crawler.archive.WarcConfig;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --warc} and {@code --warc-max-size}, as {@code crawl} and {@code worker} declare them (a picocli mixin). */
final class WarcOptions {
    @Option(names = "--warc", paramLabel = "DIR",
            description = {"Archive every fetched article page (request, response as received, fetch time) as WARC 1.1 in DIR,"
                    + " with a metadata record naming the article id and version it produced; replay it with `newsline replay`."
                    + " Default: no archive."})
    Path dir;

    @Option(names = "--warc-max-size", defaultValue = WarcConfig.DEFAULT_MAX_FILE_SIZE_TEXT, paramLabel = "SIZE",
            description = "Start a new WARC file once one holds SIZE (e.g. 1G, 500M; default: ${DEFAULT-VALUE}).")
    String maxSize;

    /** The archive asked for, if any; throws IllegalArgumentException naming the option. */
    Optional<WarcConfig> config() {
        if (dir == null) {
            return Optional.empty();
        }
        return Optional.of(WarcConfig.in(dir).withMaxFileBytes(WarcConfig.parseSize(maxSize)));
    }
}
