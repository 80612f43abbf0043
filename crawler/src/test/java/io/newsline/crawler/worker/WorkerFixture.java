package io.newsline.crawler.worker;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.fetch.ResolveEntry;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.seeds.SeedsReader;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the single-worker tests share: a {@link MultiHostSite} on loopback with its site files, a configuration over
 * the test broker with topics and a group of this test's own (politeness delay 0, short session and transaction
 * timeouts), and workers whose fetchers reach only the site. {@link #close()} closes the fetchers and the site.
 */
final class WorkerFixture implements AutoCloseable {
    private final MultiHostSite site;
    private final Path seeds;
    private final List<HttpFetcher> fetchers = new ArrayList<>();

    WorkerFixture(Path dir, int hosts, int perHost) throws IOException {
        this(dir, new MultiHostSite(hosts, perHost));
    }

    /** A fixture over {@code site}, which it closes. */
    WorkerFixture(Path dir, MultiHostSite site) throws IOException {
        this.site = site;
        this.seeds = site.seeds(dir);
    }

    MultiHostSite site() {
        return site;
    }

    /** A configuration of group {@code name-RUN} and topics {@code name.articles.RUN}, {@code name.frontier.RUN}, {@code name.state.RUN}. */
    WorkerConfig.Builder config(String name, int partitions) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return WorkerConfig.builder(TestBroker.bootstrap(), name + "-" + run, seeds)
                .topic(name + ".articles." + run)
                .frontierTopic(name + ".frontier." + run)
                .stateTopic(name + ".state." + run)
                .partitions(partitions)
                .fetch(FetchConfig.defaults().withResolve(site.resolve().stream().map(ResolveEntry::parse).toList())
                        .withAllowPrivateAddresses(true))
                .delay(Optional.of(Duration.ZERO))
                .sessionTimeout(Duration.ofSeconds(6))
                .transactionTimeout(Duration.ofSeconds(10));
    }

    /** A worker of {@code config} over the site's profiles, not started. */
    WorkerRun worker(WorkerConfig config, CrawlListener listener) {
        SiteProfiles profiles = new SeedsReader().read(seeds).withDelay(config.settings().delay());
        HttpFetcher fetcher = new HttpFetcher(config.settings().fetch());
        fetchers.add(fetcher);
        return new WorkerRun(config, profiles, fetcher, Clock.systemUTC(), listener);
    }

    @Override
    public void close() {
        try {
            fetchers.forEach(HttpFetcher::close);
        } finally {
            site.close();
        }
    }
}
