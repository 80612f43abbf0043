package io.newsline.publisher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Asks a Kafka cluster whether it answers, for health checks: {@link #problem} is empty when the cluster described
 * itself within the timeout, else says which address did not answer. Thread-safe; keeps one admin client open.
 */
public final class BrokerProbe implements AutoCloseable {
    private final Admin admin;
    private final String bootstrap;
    private final Duration timeout;

    public BrokerProbe(String bootstrap, Duration timeout) {
        this(bootstrap, KafkaClientSettings.none(), timeout);
    }

    /** A probe that talks to Kafka with the operator's client properties (TLS, SASL). */
    public BrokerProbe(String bootstrap, KafkaClientSettings client, Duration timeout) {
        this.bootstrap = bootstrap;
        this.timeout = timeout;
        this.admin = ArticlePublisher.createAdmin(bootstrap, client, "newsline-health", timeout);
    }

    /** Empty when Kafka answered within the timeout; otherwise why not, naming the bootstrap address. */
    public Optional<String> problem() {
        try {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (TimeoutException | ExecutionException e) {
            return Optional.of("Kafka at " + bootstrap + " did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking Kafka at " + bootstrap);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ZERO);
    }
}
