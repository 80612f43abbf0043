package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small newdaily-like site served by WireMock on 127.0.0.1 from the files under
 * {@code src/test/resources/e2e/newdaily/__files}: robots.txt, a news sitemap, a section page, four articles,
 * a photo listing on an article-shaped URL, a non-article page and a 404. Absolute links in the files point at
 * https://www.newdaily.co.kr and are rewritten to this mirror's origin, which a crawl reaches through
 * {@code --resolve www.newdaily.co.kr:PORT:127.0.0.1}, as a user testing against a mirror would.
 * Articles carry an ETag and answer 304 to a matching If-None-Match. A test's field
 * {@code @RegisterExtension final NewdailyMirror mirror = new NewdailyMirror();} gets a mirror of its own, stopped after it.
 */
final class NewdailyMirror implements AutoCloseable, AfterEachCallback {
    static final String HOST = "www.newdaily.co.kr";
    static final String[] ARTICLES = {
        "/site/data/html/2025/01/24/2025012400313.html",
        "/site/data/html/2025/01/24/2025012400421.html",
        "/site/data/html/2025/01/25/2025012500102.html",
        "/site/data/html/2025/01/25/2025012500215.html",
    };
    static final String PHOTO_LISTING = "/site/data/html/2025/01/25/2025012500001.html";
    static final String MISSING = "/site/data/html/2025/01/25/2025012599999.html";
    static final String BROKEN = "/site/data/html/2025/01/25/2025012500333.html";

    private final WireMockServer server;
    private final Map<String, List<StubMapping>> served = new HashMap<>();

    NewdailyMirror() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(8).jettyAcceptors(1));
        server.start();
        stubText("/robots.txt", "robots.txt", "text/plain");
        stubText("/sitemap.xml", "sitemap.xml", "application/xml");
        stubText("/news/section_list_all.html", "section.html", "text/html; charset=utf-8");
        stubText("/about.html", "about.html", "text/html; charset=utf-8");
        stubText(PHOTO_LISTING, "photo-listing.html", "text/html; charset=utf-8");
        stubText(BROKEN, "broken-article.html", "text/html; charset=utf-8");
        server.stubFor(get(urlPathEqualTo(MISSING)).willReturn(aResponse().withStatus(404).withBody("not found")));
        for (String path : ARTICLES) {
            serveArticle(path, fixture(fileOf(path)));
        }
    }

    int port() {
        return server.port();
    }

    String origin() {
        return "http://" + HOST + ":" + port();
    }

    String resolve() {
        return HOST + ":" + port() + ":127.0.0.1";
    }

    WireMockServer server() {
        return server;
    }

    /** Serves {@code html} at {@code path} with its ETag, answering 304 when the client already has it. */
    void serveArticle(String path, String html) {
        String etag = "\"" + sha1(html) + "\"";
        for (StubMapping old : served.getOrDefault(path, List.of())) {
            server.removeStubMapping(old);
        }
        served.put(path, List.of(server.stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withHeader("ETag", etag).withBody(html))),
                server.stubFor(get(urlPathEqualTo(path)).atPriority(1)
                        .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo(etag))
                        .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)))));
    }

    /** The fixture text with its absolute links moved to this mirror. */
    String fixture(String file) {
        String name = "e2e/newdaily/__files/" + file;
        try (InputStream in = NewdailyMirror.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("https://" + HOST, origin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A site file for this mirror: the project's seeds/newdaily.yaml with its start points replaced. */
    Path seeds(Path dir) throws IOException {
        String profile = Files.readString(Path.of("..", "seeds", "newdaily.yaml"), StandardCharsets.UTF_8);
        int start = profile.indexOf("\nstart:");
        int end = profile.indexOf("\narticles:");
        String startPoints = "\nstart:\n  sitemaps: ['" + origin() + "/sitemap.xml']\n"
                + "  sections: ['" + origin() + "/news/section_list_all.html?sec_no=2']\n";
        String text = profile.substring(0, start) + startPoints + profile.substring(end)
                // the mirror's articles are from 2025: recrawl them on every run so edits are seen
                + "\nrecrawl:\n  freshInterval: 0s\n  staleInterval: 0s\n  stopAfter: 36500d\n";
        Path file = dir.resolve("newdaily.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static String fileOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private void stubText(String path, String file, String contentType) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", contentType).withBody(fixture(file))));
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop();
    }
}
