package io.newsline.crawler.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsline.crawler.discover.SourceKind;
import io.newsline.crawler.run.CrawlListener;
import io.newsline.crawler.run.ErrorKind;
import io.newsline.crawler.run.SkipReason;
import io.newsline.parser.FieldSource;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns the engine's events into Micrometer meters, the same for {@code crawl} and {@code worker} (names as
 * Prometheus shows them): {@code newsline_pages_fetched_total{host,status_class}}, {@code newsline_fetched_bytes_total},
 * {@code newsline_fetch_seconds}, {@code newsline_politeness_wait_seconds{host}}, {@code newsline_backoffs_total}, {@code newsline_backoff_seconds_total},
 * {@code newsline_parked_hosts}, {@code newsline_discovered_total{source}}, {@code newsline_articles_total{outcome}}
 * (published, unchanged, dead_lettered), {@code newsline_publish_ack_seconds} (from a record's send to the
 * broker's acknowledgement; for a worker, to the commit of its transaction), {@code newsline_pending_records} (crawl),
 * {@code newsline_skipped_total{reason}}, {@code newsline_errors_total{kind}}, and per site file
 * {@code newsline_extracted_total{site}}, {@code newsline_field_fallbacks_total{site,field}} and
 * {@code newsline_field_fallback_ratio{site,field}}: the share of its records whose title, date, body or authors
 * came from page metadata or the generic extractor instead of the site file's selectors (a site that changed its
 * markup). Counters live as long as the registry, across the runs of {@code crawl --every}. Thread-safe.
 */
public final class CrawlMetrics implements CrawlListener {

    /** The record fields watched for fallbacks, by the label they get. */
    static final Map<String, String> WATCHED_FIELDS = Map.of("title", "title", "publishedAt", "date",
            "paragraphs", "body", "authors", "authors");

    private final MeterRegistry registry;
    private final Set<String> parkedHosts = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private final Map<String, AtomicLong> extracted = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> fallbacks = new ConcurrentHashMap<>();

    public CrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("newsline.parked.hosts", parkedHosts, Set::size)
                .description("Hosts that get no more requests (parked) in the current run").register(registry);
        Gauge.builder("newsline.pending.records", this, m -> Math.max(0, m.sent.get() - m.settled.get()))
                .description("Records handed to Kafka and not yet acknowledged or failed").register(registry);
    }

    @Override
    public void discovered(String host, String url, SourceKind source) {
        counter("newsline.discovered", "New article URLs found by discovery", "source", lower(source.name())).increment();
    }

    @Override
    public void responded(String host, String url, int status, long bytes, Duration elapsed) {
        counter("newsline.pages.fetched", "Article page requests by HTTP status class", "host", host, "status_class", statusClass(status))
                .increment();
        counter("newsline.fetched.bytes", "Bytes of article page bodies", "host", host).increment(bytes);
        Timer.builder("newsline.fetch").description("Article page request time").tags("host", host)
                .register(registry).record(elapsed);
    }

    @Override
    public void extracted(String host, String profile, Map<String, FieldSource> fields) {
        if (profile == null) {
            return; // no site file: everything is generic by design, nothing fell back
        }
        extracted.computeIfAbsent(profile, p -> {
            AtomicLong n = new AtomicLong();
            WATCHED_FIELDS.values().forEach(label -> Gauge.builder("newsline.field.fallback.ratio", this, m -> m.share(p, label))
                    .description("Share of a site file's records whose field came from metadata or the generic extractor")
                    .tags("site", p, "field", label).register(registry));
            return n;
        }).incrementAndGet();
        counter("newsline.extracted", "Articles extracted, by site file", "site", profile).increment();
        WATCHED_FIELDS.forEach((field, label) -> {
            FieldSource source = fields.getOrDefault(field, FieldSource.NONE);
            if (source == FieldSource.METADATA || source == FieldSource.GENERIC) {
                fallbacks.computeIfAbsent(profile + '\n' + label, k -> new AtomicLong()).incrementAndGet();
                counter("newsline.field.fallbacks", "Records whose field fell back from the site file to metadata or generic",
                        "site", profile, "field", label).increment();
            }
        });
    }

    @Override
    public void sentToBroker(String host, String articleId) {
        sent.incrementAndGet();
    }

    @Override
    public void acknowledged(String host, String articleId, Duration latency) {
        settled.incrementAndGet();
        Timer.builder("newsline.publish.ack").description("Time from handing a record to the producer to the broker's acknowledgement")
                .register(registry).record(latency);
    }

    @Override
    public void published(String host, String articleId, int version, String url) {
        article("published");
    }

    @Override
    public void unchanged(String host, String url) {
        article("unchanged");
    }

    @Override
    public void deadLettered(String host, String url, String reason) {
        article("dead_lettered");
    }

    @Override
    public void skipped(String host, String url, SkipReason reason, String detail) {
        counter("newsline.skipped", "Pages skipped on purpose, by reason", "reason", lower(reason.name())).increment();
    }

    @Override
    public void waitedForTurn(String host, String url, Duration waited) {
        Timer.builder("newsline.politeness.wait").description("Time a URL waited for its host's turn (delay, Crawl-delay, backoff)")
                .tags("host", host).register(registry).record(waited);
    }

    @Override
    public void backedOff(String host, Duration wait, String reason) {
        counter("newsline.backoffs", "Backoffs (Retry-After or failures) by host", "host", host).increment();
        counter("newsline.backoff.seconds", "Seconds hosts were told to wait by backoffs", "host", host)
                .increment(wait.toMillis() / 1000.0);
    }

    @Override
    public void parked(String host, String reason) {
        parkedHosts.add(host);
        counter("newsline.parked", "Times a host was parked", "host", host).increment();
    }

    @Override
    public void error(String host, String url, ErrorKind kind, String message) {
        if (kind == ErrorKind.NOT_DELIVERED) {
            settled.incrementAndGet();
        }
        counter("newsline.errors", "Errors by kind", "kind", lower(kind.name())).increment();
    }

    /** Forgets the parked hosts: a new run of {@code crawl --every} gives every host a new chance. */
    public void newRun() {
        parkedHosts.clear();
    }

    private void article(String outcome) {
        counter("newsline.articles", "Article pages by outcome", "outcome", outcome).increment();
    }

    private double share(String profile, String label) {
        long n = extracted.getOrDefault(profile, new AtomicLong()).get();
        long f = fallbacks.getOrDefault(profile + '\n' + label, new AtomicLong()).get();
        return n == 0 ? 0 : (double) f / n;
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    static String statusClass(int status) {
        return status < 100 || status > 599 ? "none" : (status / 100) + "xx";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
