package io.newsline.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints a topic's records as JSON lines, for people and scripts ({@code newsline tail}). Reads committed records
 * only, with no consumer group and no commits, so tailing never disturbs anyone.
 */
public final class TopicTail {

    private static final Duration POLL = Duration.ofMillis(200);

    private TopicTail() {
    }

    /**
     * Reads records and hands each value to {@code out} as one line of JSON (values that are not JSON are given as a
     * JSON string). Stops after {@code opts.max()} records or {@code opts.timeout()} without a new one.
     *
     * @return the number of records printed
     * @throws IllegalArgumentException when the topic does not exist
     */
    public static long tail(TailOptions opts, Consumer<String> out) {
        Objects.requireNonNull(opts, "opts");
        Objects.requireNonNull(out, "out");
        long printed = 0;
        try (KafkaConsumer<String, byte[]> consumer = GrouplessConsumer.open(opts.bootstrap(), opts.client(), "tail")) {
            List<TopicPartition> partitions =
                    GrouplessConsumer.partitionsOf(consumer, opts.bootstrap(), opts.topic(), opts.timeout());
            consumer.assign(partitions);
            if (opts.fromBeginning()) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position); // fix "now" before anything new arrives
            }
            Instant quietUntil = Instant.now().plus(opts.timeout());
            while (Instant.now().isBefore(quietUntil)) {
                for (ConsumerRecord<String, byte[]> rec : consumer.poll(POLL)) {
                    out.accept(oneLine(rec.value()));
                    printed++;
                    if (!opts.unlimited() && printed >= opts.max()) {
                        return printed;
                    }
                    quietUntil = Instant.now().plus(opts.timeout());
                }
            }
        }
        return printed;
    }

    // Only re-prints a JSON tree on one line: no dates are read, so the record's Json configuration is not needed.
    private static final ObjectMapper PLAIN_JSON = new ObjectMapper();

    static String oneLine(byte[] value) {
        if (value == null) {
            return "null";
        }
        try {
            JsonNode node = PLAIN_JSON.readTree(value);
            if (node != null && !node.isMissingNode()) {
                return PLAIN_JSON.writeValueAsString(node);
            }
        } catch (IOException notJson) {
            // fall through: print it as a JSON string
        }
        try {
            return PLAIN_JSON.writeValueAsString(new String(value, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a string as JSON", e);
        }
    }
}
