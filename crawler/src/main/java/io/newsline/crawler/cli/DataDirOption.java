package io.newsline.crawler.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --data}, the data directory, as every command that has one declares it (a picocli mixin): {@code crawl}
 * keeps its state and lock there, and the embedded broker its logs in {@code DIR/kafka}.
 */
final class DataDirOption {
    /** The data directory when {@code --data} is not given. */
    static final String DEFAULT = ".newsline";

    @Option(names = "--data", defaultValue = DEFAULT, paramLabel = "DIR",
            description = "Data directory: the crawl state and lock of `crawl`, and the embedded broker's data in DIR/kafka"
                    + " (default: ${DEFAULT-VALUE}).")
    Path data;
}
