package io.newsline.crawler.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a worker needs, checked once by the CLI. Null arguments take the defaults below.
 *
 * @param kafka            bootstrap servers
 * @param group            the consumer group the workers of one crawl share
 * @param seeds            a site file or a folder of them
 * @param topic            articles topic (default {@code news.articles})
 * @param deadLetterTopic  dead-letter topic (default {@code <topic>.dlq})
 * @param frontierTopic    frontier topic (default {@code news.frontier})
 * @param stateTopic       crawl-state topic (default {@code news.crawlstate})
 * @param partitions       partitions of the frontier and state topics when created (default 12)
 * @param resolve          curl-style {@code HOST:PORT:ADDRESS} overrides
 * @param cacert           an extra trusted CA certificate (PEM), or null
 * @param allowPrivateAddresses fetch hosts that resolve to private/loopback addresses
 * @param delay            overrides every site's politeness delay when present
 * @param threads          fetch threads (default 8)
 * @param discoverEvery    how often the owner of a seed's site reads its sitemaps, feeds and sections (default 15 min)
 * @param recrawlScanEvery how often the owner looks for URLs due again (default 30 s)
 * @param commitEvery      how often the open transaction is committed (default 200 ms)
 * @param sessionTimeout   after this long without heartbeat a worker counts as dead (default 10 s)
 * @param transactionTimeout after this long an open transaction of a dead worker is aborted (default 20 s)
 * @param brokerTimeout    how long Kafka may take to answer at start (default 30 s)
 * @param contact          contact URL sent in the User-Agent
 */
public record WorkerConfig(
        String kafka,
        String group,
        Path seeds,
        String topic,
        String deadLetterTopic,
        String frontierTopic,
        String stateTopic,
        int partitions,
        List<String> resolve,
        Path cacert,
        boolean allowPrivateAddresses,
        Optional<Duration> delay,
        int threads,
        Duration discoverEvery,
        Duration recrawlScanEvery,
        Duration commitEvery,
        Duration sessionTimeout,
        Duration transactionTimeout,
        Duration brokerTimeout,
        String contact) {

    public static final String DEFAULT_FRONTIER_TOPIC = "news.frontier";
    public static final String DEFAULT_STATE_TOPIC = "news.crawlstate";

    public WorkerConfig {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(seeds, "seeds");
        topic = topic == null ? "news.articles" : topic;
        deadLetterTopic = deadLetterTopic == null ? topic + ".dlq" : deadLetterTopic;
        frontierTopic = frontierTopic == null ? DEFAULT_FRONTIER_TOPIC : frontierTopic;
        stateTopic = stateTopic == null ? DEFAULT_STATE_TOPIC : stateTopic;
        partitions = partitions <= 0 ? 12 : partitions;
        resolve = resolve == null ? List.of() : List.copyOf(resolve);
        delay = delay == null ? Optional.empty() : delay;
        threads = threads <= 0 ? 8 : threads;
        discoverEvery = discoverEvery == null ? Duration.ofMinutes(15) : discoverEvery;
        recrawlScanEvery = recrawlScanEvery == null ? Duration.ofSeconds(30) : recrawlScanEvery;
        commitEvery = commitEvery == null ? Duration.ofMillis(200) : commitEvery;
        sessionTimeout = sessionTimeout == null ? Duration.ofSeconds(10) : sessionTimeout;
        transactionTimeout = transactionTimeout == null ? Duration.ofSeconds(20) : transactionTimeout;
        brokerTimeout = brokerTimeout == null ? Duration.ofSeconds(30) : brokerTimeout;
        contact = contact == null ? "https://github.com/newsline/newsline" : contact;
        if (topic.equals(frontierTopic) || topic.equals(stateTopic) || frontierTopic.equals(stateTopic)) {
            throw new IllegalArgumentException("the articles, frontier and state topics must differ, got " + topic + ", "
                    + frontierTopic + ", " + stateTopic);
        }
        if (commitEvery.compareTo(transactionTimeout) >= 0) {
            throw new IllegalArgumentException("--commit-every (" + commitEvery + ") must be shorter than the transaction timeout ("
                    + transactionTimeout + ")");
        }
    }

    /** The minimal config: everything else default. */
    public static WorkerConfig of(String kafka, String group, Path seeds) {
        return new WorkerConfig(kafka, group, seeds, null, null, null, null, 0, null, null, false, null, 0, null, null,
                null, null, null, null, null);
    }
}
