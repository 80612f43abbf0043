package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.newsline.crawler.testing.LocalSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The paper of {@code e2e/two-hosts} (see its README): a sitemap on the north host lists one article, whose "most read"
 * box links to articles of the south host. One WireMock server on 127.0.0.1 answers for both host names.
 */
final class TwoHostPaper implements AutoCloseable {
    static final String NORTH = "www.north.example";
    static final String SOUTH = "www.south.example";
    private static final String FIXTURES = "/e2e/two-hosts/";

    private final LocalSite site = LocalSite.start(NORTH);
    private final String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    TwoHostPaper() {
        serve(NORTH, "/sitemap.xml", "north-sitemap.xml", "application/xml");
        serve(NORTH, "/news/" + today + "/1001.html", "north-1001.html", "text/html; charset=utf-8");
        for (String n : List.of("2001", "2002", "2003")) {
            serve(SOUTH, "/news/" + today + "/" + n + ".html", "south-" + n + ".html", "text/html; charset=utf-8");
        }
    }

    /** The URL of the north article the sitemap lists. */
    String northArticle() {
        return origin(NORTH) + "/news/" + today + "/1001.html";
    }

    /** The URL of the south article {@code n} (2001, 2002, 2003), linked from the north article. */
    String southArticle(int n) {
        return origin(SOUTH) + "/news/" + today + "/" + n + ".html";
    }

    /** The {@code --resolve} entries sending both hosts to 127.0.0.1. */
    List<String> resolve() {
        return List.of(NORTH + ":" + site.port() + ":127.0.0.1", SOUTH + ":" + site.port() + ":127.0.0.1");
    }

    /** The site file, written to {@code dir}. */
    Path seeds(Path dir) throws IOException {
        Path file = dir.resolve("twohosts.yaml");
        Files.writeString(file, text("twohosts.yaml").replace("{{robots}}", "false"), StandardCharsets.UTF_8);
        return file;
    }

    private String origin(String host) {
        return "http://" + host + ":" + site.port();
    }

    private void serve(String host, String path, String fixture, String contentType) {
        site.server().stubFor(get(urlPathEqualTo(path)).withHeader("Host", equalTo(host + ":" + site.port()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(text(fixture))));
    }

    private String text(String fixture) {
        return new String(LocalSite.resource(FIXTURES + fixture), StandardCharsets.UTF_8)
                .replace("{{north}}", origin(NORTH)).replace("{{south}}", origin(SOUTH))
                .replace("{{third}}", "http://www.third.example:" + site.port()).replace("{{today}}", today)
                .replace("{{old}}", LocalDate.now(ZoneOffset.UTC).minusDays(60).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    }

    @Override
    public void close() {
        site.close();
    }
}
