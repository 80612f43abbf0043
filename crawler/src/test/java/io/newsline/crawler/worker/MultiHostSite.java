package io.newsline.crawler.worker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A news site spread over {@code hosts} hosts ({@code www.news01.com}, {@code www.news02.com}, ..., each its own
 * registrable domain, so its own frontier key), served by one WireMock server on 127.0.0.1 and reached with
 * {@code --resolve}. Each host has a news sitemap of {@code perHost} articles made from the four constructed
 * newdaily fixture articles, with distinct ids, titles and paragraphs.
 */
final class MultiHostSite implements AutoCloseable {
    private static final String[] TEMPLATES = {
        "/site/data/html/2025/01/24/2025012400313.html",
        "/site/data/html/2025/01/24/2025012400421.html",
        "/site/data/html/2025/01/25/2025012500102.html",
        "/site/data/html/2025/01/25/2025012500215.html",
    };

    private final WireMockServer server;
    private final int hosts;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, String> templates = new HashMap<>();

    MultiHostSite(int hosts, int perHost) {
        this(java.util.Collections.nCopies(hosts, perHost), Duration.ZERO, Duration.ZERO);
    }

    /**
     * Host {@code h} (from 1) with {@code perHost.get(h - 1)} articles; the sitemaps of every host but the first answer
     * {@code laterSitemaps} late, so that the first host's URLs reach the frontier before the others'; the first
     * host's articles answer {@code firstHostArticles} late (a floor under the time of each of its fetches).
     */
    MultiHostSite(List<Integer> perHostCounts, Duration laterSitemaps, Duration firstHostArticles) {
        this.hosts = perHostCounts.size();
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(16).jettyAcceptors(1));
        server.start();
        server.stubFor(get(urlPathEqualTo("/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /member/\n")));
        for (int h = 1; h <= hosts; h++) {
            StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            int perHost = perHostCounts.get(h - 1);
            for (int i = 0; i < perHost; i++) {
                String id = String.format(Locale.ROOT, "2025%02d%05d", h, i);
                String path = "/site/data/html/2025/02/01/" + id + ".html";
                server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                        .withFixedDelay(h == 1 ? (int) firstHostArticles.toMillis() : 0)
                        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(article(h, i, id, path))));
                sitemap.append("  <url><loc>").append(origin(h)).append(path).append("</loc></url>\n");
                ids.add("multi:" + id);
            }
            sitemap.append("</urlset>\n");
            server.stubFor(get(urlPathEqualTo(sitemapPath(h))).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(h == 1 ? 0 : (int) laterSitemaps.toMillis())
                    .withHeader("Content-Type", "application/xml").withBody(sitemap.toString())));
        }
    }

    static String host(int h) {
        return String.format(Locale.ROOT, "www.news%02d.com", h);
    }

    private static String sitemapPath(int h) {
        return String.format(Locale.ROOT, "/sitemap-%02d.xml", h);
    }

    String origin(int h) {
        return "http://" + host(h) + ":" + server.port();
    }

    /** The article ids the site holds ({@code multi:<13 digits>}). */
    List<String> ids() {
        return ids;
    }

    /** One {@code --resolve} entry per host. */
    List<String> resolve() {
        List<String> out = new ArrayList<>();
        for (int h = 1; h <= hosts; h++) {
            out.add(host(h) + ":" + server.port() + ":127.0.0.1");
        }
        return out;
    }

    /** A site file for all hosts: the project's newdaily profile with this site's name, hosts and sitemaps. */
    Path seeds(Path dir) throws IOException {
        String profile = Files.readString(Path.of("..", "seeds", "newdaily.yaml"), StandardCharsets.UTF_8);
        StringBuilder hostList = new StringBuilder();
        StringBuilder sitemaps = new StringBuilder();
        for (int h = 1; h <= hosts; h++) {
            hostList.append(h == 1 ? "" : ", ").append(host(h));
            sitemaps.append("    - '").append(origin(h)).append(sitemapPath(h)).append("'\n");
        }
        int start = profile.indexOf("\nstart:");
        int end = profile.indexOf("\nextract:");
        String text = profile.substring(0, start)
                .replace("name: newdaily", "name: multi")
                .replaceAll("(?m)^hosts: .*$", "hosts: [" + hostList + "]")
                + "\nstart:\n  sitemaps:\n" + sitemaps
                + "\narticles:\n  url: '^https?://www\\.news\\d+\\.com(?::\\d+)?/site/data/html/\\d{4}/\\d{2}/\\d{2}/(?<id>\\d+)\\.html$'\n"
                + profile.substring(end)
                + "\nrecrawl:\n  freshInterval: 1h\n  staleInterval: 1d\n  stopAfter: 36500d\n";
        Path file = dir.resolve("multi.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Per host, the smallest gap between the arrivals of two of its requests, from the server's journal. */
    Map<String, Duration> smallestGapPerHost() {
        Map<String, List<Long>> times = new HashMap<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            String host = e.getRequest().getHeader("Host").replaceAll(":\\d+$", "");
            times.computeIfAbsent(host, k -> new ArrayList<>()).add(e.getRequest().getLoggedDate().getTime());
        }
        Map<String, Duration> gaps = new HashMap<>();
        times.forEach((host, list) -> {
            list.sort(Long::compare);
            long min = Long.MAX_VALUE;
            for (int i = 1; i < list.size(); i++) {
                min = Math.min(min, list.get(i) - list.get(i - 1));
            }
            gaps.put(host, Duration.ofMillis(min));
        });
        return gaps;
    }

    /** The hosts of the article requests the server answered, in the order they arrived. */
    List<String> articleRequestHosts() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.removeIf(e -> !e.getRequest().getUrl().startsWith("/site/data/html/"));
        events.sort(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.getRequest().getHeader("Host").replaceAll(":\\d+$", "")));
        return out;
    }

    int requests() {
        return server.getAllServeEvents().size();
    }

    private String article(int h, int i, String id, String path) {
        String template = TEMPLATES[i % TEMPLATES.length];
        String templateId = template.substring(template.lastIndexOf('/') + 1).replace(".html", "");
        return fixture(templateId + ".html", origin(h))
                .replace(template.substring(0, template.lastIndexOf('/') + 1) + templateId, path.replace(".html", ""))
                .replace(templateId, id)
                .replace("</h1>", " (" + h + "-" + i + ")</h1>")
                .replace("밝혔다.</li>", "밝혔다. 기사 번호 " + h + "-" + i + ".</li>");
    }

    private String fixture(String file, String origin) {
        String text = templates.computeIfAbsent(file, f -> {
            String name = "e2e/newdaily/__files/" + f;
            try (InputStream in = MultiHostSite.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return text.replace("https://www.newdaily.co.kr", origin);
    }

    @Override
    public void close() {
        server.stop();
    }
}
