package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.newsline.crawler.cli.Newsline;
import io.newsline.publisher.testing.TestBroker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A crawl over a site whose pages misbehave in every way a hostile or broken server can: each bad page is
 * reported and skipped, the good articles are still published, and the run ends.
 */
class HostileSiteTest {
    private static final String BASE = "/site/data/html/2025/03/01/";

    @TempDir
    Path tmp;

    @RegisterExtension
    final NewdailyMirror mirror = new NewdailyMirror();
    final String topic = "hostile." + UUID.randomUUID();


    @Test
    void everyHostilePageIsReportedAndTheGoodArticlesArePublished() throws Exception {
        String good = mirror.fixture("2025012400313.html");
        serve("2025030100001", bytes(new byte[60 * 1024 * 1024]), "text/html"); // 60 MB page
        mirror.server().stubFor(get(urlPathEqualTo(BASE + "2025030100002.html")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withHeader("Content-Encoding", "gzip").withBody(gzipBomb())));
        redirect("2025030100003", BASE + "2025030100004.html");
        redirect("2025030100004", BASE + "2025030100003.html"); // loop
        redirect("2025030100005", "http://169.254.169.254/latest/meta-data/");
        serve("2025030100006", ("<html><body>" + "<div>".repeat(100_000) + "깊은 본문" + "</body></html>").getBytes(StandardCharsets.UTF_8), "text/html");
        byte[] binary = new byte[200_000];
        new Random(7).nextBytes(binary);
        serve("2025030100007", binary, "text/html");
        byte[] invalidUtf8 = copy(good, "2025030100008").getBytes(StandardCharsets.UTF_8);
        for (int i = 3000; i < invalidUtf8.length; i += 997) {
            invalidUtf8[i] = (byte) 0xC3;
        }
        serve("2025030100008", invalidUtf8, "text/html; charset=utf-8");
        byte[] eucKr = copy(good, "2025030100009").replace("<meta charset=\"utf-8\">", "").getBytes(Charset.forName("x-windows-949"));
        serve("2025030100009", eucKr, "text/html; charset=utf-8"); // mislabelled
        byte[] truncated = copy(good, "2025030100010").getBytes(StandardCharsets.UTF_8);
        serve("2025030100010", Arrays.copyOf(truncated, truncated.length / 3), "text/html");
        mirror.server().stubFor(get(urlPathEqualTo("/sitemap.xml")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody("<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&xxe;</loc></url></urlset>")));
        StringBuilder section = new StringBuilder("<html><body><ul>");
        for (int i = 1; i <= 10; i++) {
            section.append(String.format("<li><a href=\"%s20250301%05d.html\">기사 %d</a></li>", BASE, i, i));
        }
        for (String path : NewdailyMirror.ARTICLES) {
            section.append("<li><a href=\"").append(path).append("\">좋은 기사</a></li>");
        }
        section.append("</ul></body></html>");
        mirror.server().stubFor(get(urlPathEqualTo("/news/section_list_all.html")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(section.toString())));

        long started = System.nanoTime();
        Run run = crawl();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(3));
        assertThat(run.exit).as(run.output).isZero();
        List<TestBroker.StoredRecord> published = TestBroker.readAll(topic, Duration.ofSeconds(5));
        assertThat(published).extracting(TestBroker.StoredRecord::key).contains(
                "newdaily:2025012400313", "newdaily:2025012400421", "newdaily:2025012500102", "newdaily:2025012500215");
        for (TestBroker.StoredRecord r : published) {
            assertThat(r.valueText()).doesNotContain("\uFFFD").doesNotContain("root:x:0:0");
        }
        assertThat(run.output)
                .contains("2025030100001.html").contains("2025030100002.html")   // too large, gzip bomb
                .contains("2025030100003.html")                                    // redirect loop
                .contains("2025030100005.html")                                    // private address
                .doesNotContain("root:x:0:0");
        assertThat(mirror.server().getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("meta-data"));
    }

    @Test
    void addressesInDisguiseReachNothingAndNothingFromThemIsPublished() throws Exception {
        WireMockServer recorder = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        recorder.start();
        try {
            String secret = copy(mirror.fixture("2025012400313.html"), "2025030100020")
                    .replace("<body>", "<body><p>RECORDER-ONLY-TEXT</p>");
            recorder.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8").withBody(secret)));
            // an article that redirects to 127.0.0.1 written as one decimal number
            redirect("2025030100020", "http://2130706433:" + recorder.port() + BASE + "2025030100020.html");
            // a sitemap index naming a child sitemap on 127.0.0.1 written as 127.1
            mirror.server().stubFor(get(urlPathEqualTo("/sitemap.xml")).atPriority(1).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/xml").withBody("<?xml version=\"1.0\"?>\n"
                            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<sitemap><loc>" + mirror.origin() + "/sitemap-news.xml</loc></sitemap>"
                            + "<sitemap><loc>http://127.1:" + recorder.port() + "/sitemap.xml</loc></sitemap>"
                            + "</sitemapindex>")));
            mirror.server().stubFor(get(urlPathEqualTo("/sitemap-news.xml")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/xml").withBody(mirror.fixture("sitemap.xml"))));
            mirror.server().stubFor(get(urlPathEqualTo("/news/section_list_all.html")).atPriority(1)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                            .withBody("<html><body><ul><li><a href=\"" + BASE + "2025030100020.html\">기사</a></li>"
                                    + "</ul></body></html>")));

            Run run = crawl();

            assertThat(run.exit).as(run.output).isZero();
            assertThat(recorder.getAllServeEvents()).as(run.output).isEmpty();
            List<TestBroker.StoredRecord> published = TestBroker.readAll(topic, Duration.ofSeconds(5));
            assertThat(published).extracting(TestBroker.StoredRecord::key).contains("newdaily:2025012400313");
            assertThat(published).noneMatch(r -> r.valueText().contains("RECORDER-ONLY-TEXT"));
            assertThat(run.output).contains("2130706433").contains("127.1:" + recorder.port());
        } finally {
            recorder.stop();
        }
    }

    /** The good article as another article of the site (its own URL and canonical link). */
    private static String copy(String article, String id) {
        return article.replace("2025/01/24/2025012400313", "2025/03/01/" + id).replace("2025012400313", id);
    }

    private void serve(String id, byte[] body, String contentType) {
        mirror.server().stubFor(get(urlPathEqualTo(BASE + id + ".html")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(body)));
    }

    private void redirect(String id, String location) {
        mirror.server().stubFor(get(urlPathEqualTo(BASE + id + ".html")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", location.startsWith("/") ? mirror.origin() + location : location)));
    }

    private static byte[] bytes(byte[] zeros) {
        Arrays.fill(zeros, (byte) 'a');
        return zeros;
    }

    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                gz.write(zeros); // 100 MB of zeros, about 100 KB on the wire
            }
        }
        return out.toByteArray();
    }

    private Run crawl() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        Path seeds = mirror.seeds(tmp);
        int exit = cl.execute("crawl", "--seeds", seeds.toString(), "--kafka", TestBroker.bootstrap(), "--topic", topic,
                "--data", tmp.resolve("data").toString(), "--resolve", mirror.resolve(), "--delay", "0s");
        Files.writeString(tmp.resolve("run.log"), out.toString());
        return new Run(exit, out.toString());
    }

    private record Run(int exit, String output) {
    }
}
