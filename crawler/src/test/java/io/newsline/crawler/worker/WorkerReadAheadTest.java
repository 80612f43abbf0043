package io.newsline.crawler.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.run.CrawlListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frontier partition holds its sites' URLs one sitemap after another: a site whose sitemap lists many URLs must not
 * make the other sites of its partition wait until most of them are fetched.
 */
class WorkerReadAheadTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int LONG_SITEMAP = 1500;
    private static final int SHORT_SITEMAP = 3;

    @TempDir
    Path tmp;

    @Test
    void aSiteBehindALongSitemapInItsPartitionIsFetchedBeforeMostOfThatSitemap() throws Exception {
        // One partition: both sites' URLs in one log, the long sitemap's first (the other sitemap answers 3 s late).
        // Each of the first site's pages answers 10 ms late: it gives at most 100 pages/s however fast the machine.
        MultiHostSite site = new MultiHostSite(List.of(LONG_SITEMAP, SHORT_SITEMAP), Duration.ofSeconds(3), Duration.ofMillis(10));
        try (WorkerFixture fixture = new WorkerFixture(tmp, site)) {
            WorkerRun worker = fixture.worker(fixture.config("ahead", 1).build(), new CrawlListener() { });
            Thread thread = new Thread(worker::run, "read-ahead-worker");
            thread.start();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (worker.publishedCommitted() < LONG_SITEMAP + SHORT_SITEMAP && System.nanoTime() < deadline) {
                thread.join(50); // poll with a deadline
            }
            worker.stop();
            assertThat(worker.awaitStopped(TIMEOUT)).isTrue();
            assertThat(worker.publishedCommitted()).isEqualTo(LONG_SITEMAP + SHORT_SITEMAP);

            List<String> hosts = site.articleRequestHosts();
            int before = hosts.indexOf(MultiHostSite.host(2));
            // On the old code the partition paused at 500 URLs taken and not finished, all of the first site's, and read
            // on a few hundred at a time: the second site waited for 975 of the first's 1,500 pages (measured). Now the
            // partition reads them all at once: the second site waits only for what the first fetched before its URLs
            // reached the frontier (52 measured; the first site gives at most 100 pages/s, so 500 leaves seconds).
            assertThat(before).as("pages of the long sitemap's site fetched before the other site's first").isBetween(0, 500);
        }
    }
}
