package io.newsline.crawler.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated news site on 127.0.0.1 for {@code hosts} hosts ({@code www.bench01.com}, ...; each its own registrable
 * domain), reached with {@code --resolve}. Each host has a news sitemap of {@code perHost} articles; an article is
 * one of the four newdaily fixture pages with its id, title and a paragraph made unique, generated on request (the
 * site holds only the templates, so 100k articles cost no memory).
 */
public final class BenchSite implements AutoCloseable {
    private static final String[] TEMPLATES = {"2025012400313", "2025012400421", "2025012500102", "2025012500215"};
    private static final String[] TEMPLATE_DIRS = {"2025/01/24", "2025/01/24", "2025/01/25", "2025/01/25"};
    private static final Pattern ARTICLE = Pattern.compile("/site/data/html/2025/02/01/2025(\\d{2})(\\d{6})\\.html");
    private static final Pattern SITEMAP = Pattern.compile("/sitemap-(\\d{2})\\.xml");

    private final HttpServer server;
    private final ExecutorService pool;
    private final int hosts;
    private final int perHost;
    private final String[] templates = new String[TEMPLATES.length];

    private BenchSite(int hosts, int perHost, Path fixtures) throws IOException {
        if (hosts < 1 || hosts > 99 || perHost < 1 || perHost > 999_999) {
            throw new IllegalArgumentException("hosts must be 1..99 and articles per host 1..999999");
        }
        this.hosts = hosts;
        this.perHost = perHost;
        for (int i = 0; i < TEMPLATES.length; i++) {
            Path file = fixtures.resolve(TEMPLATES[i] + ".html");
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("fixture " + file + " not found; give --fixtures the folder of the newdaily "
                        + "test pages (crawler/src/test/resources/e2e/newdaily/__files)");
            }
            templates[i] = Files.readString(file, StandardCharsets.UTF_8);
        }
        // The JDK's server writes a response's head and body in two writes; without TCP_NODELAY the body waits for the
        // client's delayed ACK (about 40 ms on Linux loopback), a stall real news servers do not have (nginx sets
        // tcp_nodelay): every fetch took 40 ms more and the bench measured the stall, not the worker.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        pool = Executors.newFixedThreadPool(8);
        server.setExecutor(pool);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Starts serving on a free port. */
    public static BenchSite start(int hosts, int perHost, Path fixtures) {
        try {
            return new BenchSite(hosts, perHost, fixtures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the bench site", e);
        }
    }

    public static String host(int h) {
        return String.format(Locale.ROOT, "www.bench%02d.com", h);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String origin(int h) {
        return "http://" + host(h) + ":" + port();
    }

    public int articles() {
        return hosts * perHost;
    }

    /** One {@code --resolve} entry per host. */
    public List<String> resolve() {
        List<String> out = new ArrayList<>();
        for (int h = 1; h <= hosts; h++) {
            out.add(host(h) + ":" + port() + ":127.0.0.1");
        }
        return out;
    }

    /** A site file for the bench site: {@code newdailyProfile} with the bench's name, hosts, sitemaps and article URLs. */
    public Path writeSeeds(Path newdailyProfile, Path dir) throws IOException {
        String profile = Files.readString(newdailyProfile, StandardCharsets.UTF_8);
        StringBuilder hostList = new StringBuilder();
        StringBuilder sitemaps = new StringBuilder();
        for (int h = 1; h <= hosts; h++) {
            hostList.append(h == 1 ? "" : ", ").append(host(h));
            sitemaps.append("    - '").append(origin(h)).append(String.format(Locale.ROOT, "/sitemap-%02d.xml", h)).append("'\n");
        }
        int start = profile.indexOf("\nstart:");
        int end = profile.indexOf("\nextract:");
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException(newdailyProfile + " has no start: or extract: section; give the newdaily site file");
        }
        String text = profile.substring(0, start).replace("name: newdaily", "name: bench")
                .replaceAll("(?m)^hosts: .*$", "hosts: [" + hostList + "]")
                + "\nstart:\n  sitemaps:\n" + sitemaps
                + "\narticles:\n  url: '^https?://www\\.bench\\d+\\.com(?::\\d+)?/site/data/html/\\d{4}/\\d{2}/\\d{2}/(?<id>\\d+)\\.html$'\n"
                + profile.substring(end)
                + "\nrecrawl:\n  freshInterval: 1h\n  staleInterval: 1d\n  stopAfter: 36500d\n";
        Files.createDirectories(dir);
        Path file = dir.resolve("bench.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String hostHeader = ex.getRequestHeaders().getFirst("Host");
            String origin = "http://" + (hostHeader == null ? "127.0.0.1:" + port() : hostHeader);
            Matcher a = ARTICLE.matcher(path);
            Matcher s = SITEMAP.matcher(path);
            if (a.matches()) {
                int h = Integer.parseInt(a.group(1));
                int i = Integer.parseInt(a.group(2));
                reply(ex, 200, "text/html; charset=utf-8", article(h, i, origin));
            } else if (s.matches()) {
                reply(ex, 200, "application/xml", sitemap(Integer.parseInt(s.group(1)), origin));
            } else if (path.equals("/robots.txt")) {
                reply(ex, 200, "text/plain", "User-agent: *\nDisallow: /member/\n");
            } else {
                reply(ex, 404, "text/plain", "not found");
            }
        }
    }

    private String sitemap(int h, String origin) {
        StringBuilder sb = new StringBuilder(perHost * 90).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < perHost; i++) {
            sb.append("  <url><loc>").append(origin).append(path(h, i)).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static String id(int h, int i) {
        return String.format(Locale.ROOT, "2025%02d%06d", h, i);
    }

    private static String path(int h, int i) {
        return "/site/data/html/2025/02/01/" + id(h, i) + ".html";
    }

    private String article(int h, int i, String origin) {
        int t = i % TEMPLATES.length;
        String id = id(h, i);
        return templates[t].replace("https://www.newdaily.co.kr", origin)
                .replace("/site/data/html/" + TEMPLATE_DIRS[t] + "/" + TEMPLATES[t], "/site/data/html/2025/02/01/" + id)
                .replace(TEMPLATES[t], id)
                .replace("</h1>", " (" + h + "-" + i + ")</h1>")
                .replace("밝혔다.</li>", "밝혔다. 기사 번호 " + h + "-" + i + ".</li>");
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
