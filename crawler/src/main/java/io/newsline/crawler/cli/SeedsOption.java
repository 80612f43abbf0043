package io.newsline.crawler.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --seeds}, the site files to crawl, as {@code crawl} and {@code worker} declare it (a picocli mixin). */
final class SeedsOption {
    @Option(names = "--seeds", required = true, paramLabel = "PATH",
            description = "A site file (seeds/newdaily.yaml) or a folder of them (seeds/); the same for every worker of a group.")
    Path seeds;
}
