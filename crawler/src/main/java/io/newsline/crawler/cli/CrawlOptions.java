package io.newsline.crawler.cli;

import io.newsline.crawler.archive.WarcConfig;
import io.newsline.crawler.run.CrawlSettings;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code crawl} and {@code worker} share, declared once (a picocli mixin, holding the mixins other
 * commands share too): site files, publishing (Kafka, topics, data directory), fetching and the WARC archive, and how
 * they set a config's {@link CrawlSettings}.
 */
final class CrawlOptions {
    @Option(names = "--seeds", required = true, paramLabel = "PATH",
            description = "A site file (seeds/newdaily.yaml) or a folder of them (seeds/); the same for every worker of a group.")
    Path seeds;

    @Mixin
    PublishingOptions publishing = new PublishingOptions();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--warc", paramLabel = "DIR",
            description = {"Archive every fetched article page (request, response as received, fetch time) as WARC 1.1 in DIR,"
                    + " with a metadata record naming the article id and version it produced; replay it with `newsline replay`."
                    + " Default: no archive."})
    Path warcDir;

    @Option(names = "--warc-max-size", defaultValue = WarcConfig.DEFAULT_MAX_FILE_SIZE_TEXT, paramLabel = "SIZE",
            description = "Start a new WARC file once one holds SIZE (e.g. 1G, 500M; default: ${DEFAULT-VALUE}).")
    String warcMaxSize;

    /** {@code builder} with the shared settings of these options; throws IllegalArgumentException naming a bad option. */
    <B extends CrawlSettings.Builder<B>> B settings(B builder) {
        return publishing.settings(builder)
                .fetch(fetch.config())
                .delay(fetch.delayOverride())
                .warc(Optional.ofNullable(warcDir)
                        .map(dir -> WarcConfig.in(dir).withMaxFileBytes(WarcConfig.parseSize(warcMaxSize))));
    }
}
