package io.newsline.crawler.cli;

import io.newsline.publisher.EmbeddedBroker;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --kafka}, the bootstrap servers, as every command that talks to Kafka declares it (a picocli mixin). Its
 * default is {@code $NEWSLINE_KAFKA_BOOTSTRAP_SERVERS} (read by {@link OptionDefaults}); what a command does without either is said in its description.
 */
final class KafkaOption {
    @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
            description = "Kafka bootstrap servers (host:port[,host:port]). Default: $NEWSLINE_KAFKA_BOOTSTRAP_SERVERS; without either,"
                    + " the command's description above says which broker it uses.")
    String kafka;

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
