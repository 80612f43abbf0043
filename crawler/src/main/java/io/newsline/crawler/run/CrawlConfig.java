package io.newsline.crawler.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a crawl run needs to know, checked once by the CLI.
 *
 * @param seeds         a site file or a folder of them
 * @param kafka         bootstrap servers; empty: start the embedded broker under {@code data}
 * @param topic         the articles topic
 * @param deadLetterTopic where pages that fail extraction go
 * @param data          the data directory: crawl state, lock, embedded broker's logs
 * @param maxPages      at most this many article pages fetched in one run (0: no limit)
 * @param resolve       curl-style {@code HOST:PORT:ADDRESS} overrides
 * @param cacert        an extra trusted CA certificate (PEM), or null
 * @param allowPrivateAddresses fetch hosts that resolve to private/loopback addresses
 * @param delay         overrides every site's politeness delay when present
 * @param brokerTimeout how long to wait for the broker to answer at start
 * @param deliveryTimeout how long a record may wait for the broker's acknowledgement
 * @param every         run again every this often in this process; empty: run once
 * @param contact       the contact URL sent in the User-Agent
 * @param resetState    forget the crawl state (URLs, versions) before the run, so everything is published again
 */
public record CrawlConfig(
        Path seeds,
        Optional<String> kafka,
        String topic,
        String deadLetterTopic,
        Path data,
        int maxPages,
        List<String> resolve,
        Path cacert,
        boolean allowPrivateAddresses,
        Optional<Duration> delay,
        Duration brokerTimeout,
        Duration deliveryTimeout,
        Optional<Duration> every,
        String contact,
        boolean resetState) {

    public CrawlConfig {
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(data, "data");
        kafka = kafka == null ? Optional.empty() : kafka;
        topic = topic == null ? "news.articles" : topic;
        deadLetterTopic = deadLetterTopic == null ? topic + ".dlq" : deadLetterTopic;
        resolve = resolve == null ? List.of() : List.copyOf(resolve);
        delay = delay == null ? Optional.empty() : delay;
        brokerTimeout = brokerTimeout == null ? Duration.ofSeconds(30) : brokerTimeout;
        deliveryTimeout = deliveryTimeout == null ? Duration.ofMinutes(2) : deliveryTimeout;
        every = every == null ? Optional.empty() : every;
        contact = contact == null ? "https://github.com/newsline/newsline" : contact;
        if (maxPages < 0) {
            throw new IllegalArgumentException("--max-pages must be 0 (no limit) or more, got " + maxPages);
        }
    }

    /** A config that keeps the crawl state ({@code resetState} false). */
    public CrawlConfig(Path seeds, Optional<String> kafka, String topic, String deadLetterTopic, Path data, int maxPages,
                       List<String> resolve, Path cacert, boolean allowPrivateAddresses, Optional<Duration> delay,
                       Duration brokerTimeout, Duration deliveryTimeout, Optional<Duration> every, String contact) {
        this(seeds, kafka, topic, deadLetterTopic, data, maxPages, resolve, cacert, allowPrivateAddresses, delay,
                brokerTimeout, deliveryTimeout, every, contact, false);
    }

    /** This config with {@code resetState} replaced. */
    public CrawlConfig withResetState(boolean reset) {
        return new CrawlConfig(seeds, kafka, topic, deadLetterTopic, data, maxPages, resolve, cacert, allowPrivateAddresses,
                delay, brokerTimeout, deliveryTimeout, every, contact, reset);
    }
}
