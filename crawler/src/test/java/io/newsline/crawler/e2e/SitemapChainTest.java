package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.cli.Newsline;
import io.newsline.crawler.testing.LogCapture;
import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A crawl over a site whose sitemap index links to another index, and that one to another, on and on: the crawl
 * follows the chain only to the site file's {@code discovery.maxSitemapDepth}, ends, and says what it cut.
 */
class SitemapChainTest {
    private static final int CHAIN = 60;

    @TempDir
    Path tmp;

    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();


    @Test
    void aCrawlFollowsAChainOfSitemapIndexesOnlyToTheDepthCapAndReportsTheCut() throws IOException {
        index("/sitemap.xml", "/sitemap.xml?x=1");
        for (int n = 1; n < CHAIN; n++) {
            index("/sitemap.xml?x=" + n, "/sitemap.xml?x=" + (n + 1));
        }

        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            exit = cl.execute("crawl", "--seeds", mirror.seeds(tmp).toString(), "--kafka", TestBroker.bootstrap(),
                    "--topic", "chain." + UUID.randomUUID(), "--data", tmp.resolve("data").toString(),
                    "--resolve", mirror.resolve(), "--delay", "0s");
            log = capture.text();
        }
        Files.writeString(tmp.resolve("run.log"), out + "\n" + log);

        assertThat(exit).as(out.toString()).isZero();
        // the start sitemap (level 0) and three levels of indexes below it; ?x=4 is cut
        assertThat(mirror.server().findAll(getRequestedFor(urlPathEqualTo("/sitemap.xml")))).hasSize(4);
        assertThat(log).contains("site 'newdaily': skipped 1 sitemap(s) more than 3 index levels below a"
                + " start sitemap; raise discovery.maxSitemapDepth in its site file to read them");
    }

    private void index(String path, String child) {
        mirror.server().stubFor(get(urlEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
                        + mirror.origin() + child + "</loc></sitemap></sitemapindex>\n")));
    }
}
