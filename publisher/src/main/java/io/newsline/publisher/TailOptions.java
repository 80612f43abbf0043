package io.newsline.publisher;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link TopicTail} reads.
 *
 * @param bootstrap     Kafka bootstrap servers
 * @param topic         the topic to read
 * @param fromBeginning true to start at the oldest record, false to print only records arriving from now on
 * @param max           stop after this many records; 0 or less means no limit
 * @param timeout       stop after this long without a new record
 * @param client        the operator's Kafka client properties, default none
 */
public record TailOptions(String bootstrap, String topic, boolean fromBeginning, long max, Duration timeout,
                          KafkaClientSettings client) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Options with no extra client properties. */
    public TailOptions(String bootstrap, String topic, boolean fromBeginning, long max, Duration timeout) {
        this(bootstrap, topic, fromBeginning, max, timeout, null);
    }

    public TailOptions {
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(topic, "topic");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        client = client == null ? KafkaClientSettings.none() : client;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("tail timeout must be positive, got " + timeout);
        }
    }

    /** The whole topic from its beginning, no limit, default timeout. */
    public static TailOptions of(String bootstrap, String topic) {
        return new TailOptions(bootstrap, topic, true, 0, DEFAULT_TIMEOUT);
    }

    public TailOptions withFromBeginning(boolean fromBeginning) {
        return new TailOptions(bootstrap, topic, fromBeginning, max, timeout, client);
    }

    public TailOptions withMax(long max) {
        return new TailOptions(bootstrap, topic, fromBeginning, max, timeout, client);
    }

    public TailOptions withTimeout(Duration timeout) {
        return new TailOptions(bootstrap, topic, fromBeginning, max, timeout, client);
    }

    public TailOptions withClient(KafkaClientSettings client) {
        return new TailOptions(bootstrap, topic, fromBeginning, max, timeout, client);
    }

    boolean unlimited() {
        return max <= 0;
    }
}
