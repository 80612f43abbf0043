package io.newsline.crawler.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.extract.PageTimeLimit;
import io.newsline.crawler.fetch.HttpFetcher;
import io.newsline.crawler.state.UrlState;
import io.newsline.crawler.state.UrlStatus;
import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.Article;
import io.newsline.parser.profile.SiteProfileLoader;
import io.newsline.parser.profile.SiteProfiles;
import io.newsline.publisher.ArticleRecords;
import io.newsline.record.ArticleRecord;
import io.newsline.record.DeadLetter;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page whose site file's {@code dropText} backtracks for centuries, served by a local site: with a 3 s limit (far above what the page takes but for the expression, even on a busy machine)
 * per page it is dead-lettered and counted as an error, and the next page of the site is published.
 */
class ArticlePipelineTimeLimitTest {
    private final MemorySink sink = new MemorySink();
    private final Events events = new Events();
    private LocalSite site;
    private HttpFetcher fetcher;
    private ArticlePipeline pipeline;

    @BeforeEach
    void start() {
        site = LocalSite.start("www.backtracking.example");
        serve("/news/1", "/backtracking/stuck.html");
        serve("/news/2", "/backtracking/calm.html");
        fetcher = new HttpFetcher(LocalSite.fetchConfig(site), Clock.systemUTC());
        SiteProfiles profiles = new SiteProfiles(List.of(new SiteProfileLoader().load("seeds/backtracking.yaml",
                new ByteArrayInputStream(LocalSite.resource("/backtracking/backtracking.yaml")))));
        pipeline = new ArticlePipeline(profiles, fetcher, Clock.systemUTC(), events, new PageTimeLimit(Duration.ofSeconds(3)));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    private void serve(String path, String resource) {
        site.server().stubFor(get(urlEqualTo(path)).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(LocalSite.resource(resource))));
    }

    @Test
    void aPageOverItsTimeLimitIsDeadLetteredWithTheReasonAndCountedAsAnError() {
        String stuck = site.url("/news/1");

        pipeline.process(stuck, sink, null);

        assertThat(sink.deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.url()).isEqualTo(stuck);
            assertThat(letter.reason()).startsWith("extraction took longer than 3 s; the regular expression '^(.*a){20}$' "
                    + "(seeds/backtracking.yaml:13, field extract.dropText[1]) was still matching and may backtrack catastrophically");
            assertThat(letter.stackSummary().get(0)).contains("ExtractionInterrupted");
        });
        assertThat(events.errors).singleElement().asString().contains(stuck, "extraction took longer than 3 s");
        assertThat(sink.states.get(stuck).status()).isEqualTo(UrlStatus.FAILED);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theNextPageIsStillPublishedAfterAPageOverItsTimeLimit() {
        pipeline.process(site.url("/news/1"), sink, null);

        pipeline.process(site.url("/news/2"), sink, null);

        assertThat(sink.published).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo(site.url("/news/2"));
            assertThat(r.title()).isEqualTo("Library opens on Sundays");
        });
        assertThat(events.errors).hasSize(1);
    }

    /** Keeps what the pipeline writes, in memory. */
    private static final class MemorySink implements ArticleSink {
        final Map<String, UrlState> states = new HashMap<>();
        final List<DeadLetter> deadLetters = new ArrayList<>();
        final List<ArticleRecord> published = new ArrayList<>();

        @Override
        public Optional<UrlState> url(String url) {
            return Optional.ofNullable(states.get(url));
        }

        @Override
        public Decision publishIfChanged(Article article, Instant fetchedAt, UrlState after, String host) {
            ArticleRecord record = ArticleRecords.of(article, 1, null, fetchedAt);
            published.add(record);
            states.put(after.url(), after);
            return new Decision.Published(record);
        }

        @Override
        public void save(UrlState state) {
            states.put(state.url(), state);
        }

        @Override
        public void deadLetter(DeadLetter deadLetter) {
            deadLetters.add(deadLetter);
        }
    }

    /** Keeps the errors the pipeline reports. */
    private static final class Events implements CrawlListener {
        final List<String> errors = new ArrayList<>();

        @Override
        public void error(String host, String url, ErrorKind kind, String message) {
            errors.add(message);
        }
    }
}
