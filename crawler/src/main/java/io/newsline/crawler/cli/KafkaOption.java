package io.newsline.crawler.cli;

import io.newsline.publisher.EmbeddedBroker;
import io.newsline.publisher.KafkaClientSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --kafka}, the bootstrap servers, and {@code --kafka-config}, the client properties, as every command that
 * talks to Kafka declares them (a picocli mixin). The bootstrap default is {@code $NEWSLINE_KAFKA_BOOTSTRAP_SERVERS} (read by {@link OptionDefaults}); what a
 * command does without either is said in its description. The client properties are built once, here, into the
 * {@link KafkaClientSettings} every Kafka client of the command receives.
 */
final class KafkaOption {
    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "Kafka bootstrap servers (host:port[,host:port]). Default: $NEWSLINE_KAFKA_BOOTSTRAP_SERVERS; without either,"
                    + " the command's description above says which broker it uses.")
    String kafka;

    @Option(names = "--kafka-config", paramLabel = "FILE",
            description = "Kafka client properties (Java properties file: security.protocol, sasl.mechanism, sasl.jaas.config,"
                    + " ssl.truststore.location, client.id, compression.type...) for every Kafka client. Environment variables"
                    + " NEWSLINE_KAFKA_<PROPERTY> (upper case, _ for .) override the file. Settings the delivery guarantees"
                    + " depend on (acks, enable.idempotence, isolation.level, transactional.id...) are refused.")
    Path kafkaConfig;

    /**
     * The client properties of {@code --kafka-config} and the process environment.
     *
     * @throws IllegalArgumentException naming the file, variable or setting that is unreadable, unknown or refused
     */
    KafkaClientSettings clientSettings() {
        return clientSettings(System.getenv());
    }

    /** As {@link #clientSettings()}, with {@code env} as the environment. */
    KafkaClientSettings clientSettings(Map<String, String> env) {
        return KafkaClientSettings.load(Optional.ofNullable(kafkaConfig), env);
    }

    /** The bootstrap servers given by {@code --kafka} or the environment; empty when neither (or blank). */
    Optional<String> given() {
        return Optional.ofNullable(kafka).filter(k -> !k.isBlank());
    }

    /** The bootstrap servers given, else those of the broker {@code newsline broker --data DIR} runs; empty when neither. */
    Optional<String> orBrokerRunningIn(Path data) {
        return bootstrap(kafka, data);
    }

    /** {@code kafka} when given (not blank), else the broker {@code newsline broker --data DIR} runs. */
    static Optional<String> bootstrap(String kafka, Path data) {
        return Optional.ofNullable(kafka).filter(k -> !k.isBlank()).or(() -> EmbeddedBroker.runningIn(data));
    }
}
