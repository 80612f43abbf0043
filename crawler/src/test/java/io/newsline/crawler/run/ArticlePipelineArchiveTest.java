package io.newsline.crawler.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.archive.WarcArchive;
import io.newsline.crawler.archive.WarcConfig;
import io.newsline.crawler.extract.PageTimeLimit;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.Article;
import io.newsline.parser.profile.SiteProfileLoader;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticleRecords;
import io.newsline.record.DeadLetter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * {@code --warc} durability: a fetched page's response is in the WARC file, readable by another reader (what a crash
 * of the process would leave), before the page's article is handed to the sink that publishes it.
 */
class ArticlePipelineArchiveTest {
    @TempDir
    Path tmp;

    @Test
    void thePagesResponseIsReadableFromTheWarcFileWhenItsArticleIsHandedOnForPublishing() {
        try (LocalSite site = LocalSite.start("www.backtracking.example")) {
            site.server().stubFor(get(urlEqualTo("/news/2")).willReturn(aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8").withBody(LocalSite.resource("/backtracking/calm.html"))));
            SiteProfiles profiles = new SiteProfiles(List.of(new SiteProfileLoader().load("seeds/backtracking.yaml",
                    new ByteArrayInputStream(LocalSite.resource("/backtracking/backtracking.yaml")))));
            Path warc = tmp.resolve("warc");
            WarcArchive archive = new WarcArchive(WarcConfig.in(warc), Clock.systemUTC());
            String url = site.url("/news/2");
            List<String> archivedAtPublish = new ArrayList<>();
            ArticleSink readsTheArchive = new ArticleSink() {
                @Override
                public Optional<UrlState> url(String u) {
                    return Optional.empty();
                }

                @Override
                public Decision publishIfChanged(Article article, Instant fetchedAt, UrlState after, String host) {
                    archivedAtPublish.addAll(archivedResponses(warc));
                    return new Decision.Published(ArticleRecords.of(article, 1, null, fetchedAt));
                }

                @Override
                public void save(UrlState state) {
                }

                @Override
                public void deadLetter(DeadLetter deadLetter) {
                }
            };
            try (HttpFetcher fetcher = new HttpFetcher(LocalSite.fetchConfig(site), Clock.systemUTC())) {
                new ArticlePipeline(profiles, fetcher, Clock.systemUTC(), CrawlListener.NONE, PageTimeLimit.DEFAULT, archive)
                        .process(url, readsTheArchive, null);
            } finally {
                archive.close();
            }

            assertThat(archivedAtPublish).containsExactly(url);
        }
    }

    private static List<String> archivedResponses(Path dir) {
        List<String> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".warc.gz")).toList()) {
                try (WarcReader reader = new WarcReader(file)) {
                    for (WarcRecord r : reader) {
                        if (r instanceof WarcResponse response) {
                            urls.add(response.target());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }
}
