package io.newsline.crawler.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A newdaily-like mirror with {@code count} articles, made from the four constructed fixture articles with
 * distinct ids, titles and first paragraphs, all listed in one news sitemap. For crash and outage tests that
 * need a run long enough to be interrupted.
 */
final class GeneratedNewsSite implements AutoCloseable {
    private final NewdailyMirror mirror = new NewdailyMirror();
    private final List<String> ids = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    GeneratedNewsSite(int count) {
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < count; i++) {
            String template = NewdailyMirror.ARTICLES[i % NewdailyMirror.ARTICLES.length];
            String templateId = NewdailyMirror.fileOf(template).replace(".html", "");
            String id = String.format(Locale.ROOT, "20250201%05d", i);
            String path = "/site/data/html/2025/02/01/" + id + ".html";
            String html = mirror.fixture(NewdailyMirror.fileOf(template))
                    .replace(template.substring(0, template.lastIndexOf('/') + 1) + templateId, path.replace(".html", ""))
                    .replace(templateId, id)
                    .replace("</h1>", " (" + i + ")</h1>")
                    .replace("<li class=\"par\">[뉴데일리=", "<li class=\"par\">[뉴데일리=")
                    .replace("밝혔다.</li>", "밝혔다. 기사 번호 " + i + ".</li>");
            mirror.serveArticle(path, html);
            paths.add(path);
            pages.add(html);
            sitemap.append("  <url><loc>").append(mirror.origin()).append(path).append("</loc></url>\n");
            ids.add("newdaily:" + id);
        }
        sitemap.append("</urlset>\n");
        mirror.server().stubFor(get(urlPathEqualTo("/sitemap.xml")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(sitemap.toString())));
        mirror.server().stubFor(get(urlPathEqualTo("/news/section_list_all.html")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html><body></body></html>")));
    }

    /** The article ids the site holds ({@code newdaily:20250201000NN}). */
    List<String> ids() {
        return ids;
    }

    /** The path of article {@code i} on the site. */
    String path(int i) {
        return paths.get(i);
    }

    /** Changes the text of article {@code i} (a new paragraph, a new ETag); the old ETag is no longer answered 304. */
    void edit(int i) {
        String page = pages.get(i);
        int at = page.indexOf("<li class=\"par\">");
        if (at < 0) {
            throw new IllegalStateException("article " + i + " has no paragraph to add an edit before");
        }
        String html = page.substring(0, at) + "<li class=\"par\">[정정] 기사 번호 " + i + "의 내용을 바로잡습니다.</li>\n"
                + page.substring(at);
        pages.set(i, html);
        mirror.serveArticle(paths.get(i), html);
    }

    /** The server's request journal: every request it answered, with its arrival time and response. */
    List<ServeEvent> requests() {
        return mirror.server().getAllServeEvents();
    }

    String resolve() {
        return mirror.resolve();
    }

    Path seeds(Path dir) throws IOException {
        Path file = mirror.seeds(dir);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public void close() {
        mirror.close();
    }
}
