package io.newsline.crawler.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest when packaged. */
final class NewslineVersion implements CommandLine.IVersionProvider {
    static String version() {
        return io.newsline.crawler.fetch.FetchConfig.crawlerVersion();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newsline " + version(), "Java " + System.getProperty("java.version")};
    }
}
