package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.publisher.testing.TestBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.common.record.internal.FileLogInputStream.FileChannelRecordBatch;
import org.apache.kafka.common.record.internal.FileRecords;
import org.junit.jupiter.api.Test;

/**
 * The codec of the record batches as the broker stored them (its topics keep the producer's codec): what every
 * consumer of the topic must be able to read.
 */
class CompressionTest {

    @Test
    void theDefaultProducerWritesGzipBatchesThatEveryCommonClientReads() throws IOException {
        PublisherConfig config = PublisherConfig.defaults(TestBroker.bootstrap())
                .withTopic(TestBroker.uniqueTopic("codec")).withPartitions(1);

        assertThat(storedCodecs(config)).containsOnly("GZIP");
    }

    @Test
    void compressionTypeInTheClientSettingsChangesTheCodec() throws IOException {
        PublisherConfig config = PublisherConfig.defaults(TestBroker.bootstrap())
                .withTopic(TestBroker.uniqueTopic("codec")).withPartitions(1)
                .withClient(KafkaClientSettings.load(Optional.empty(), Map.of("NEWSLINE_KAFKA_COMPRESSION_TYPE", "lz4")));

        assertThat(storedCodecs(config)).containsOnly("LZ4");
    }

    /** Publishes one record and returns the codec of each batch in the partition's log segments. */
    private static List<String> storedCodecs(PublisherConfig config) throws IOException {
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, Duration.ofSeconds(30))) {
            publisher.publish(ArticleRecords.of(SampleArticles.full(), 1, null, SampleArticles.FETCHED_AT)).join();
        }
        List<String> codecs = new ArrayList<>();
        List<Path> segments;
        try (Stream<Path> files = Files.list(TestBroker.partitionDir(config.topic(), 0))) {
            segments = files.filter(p -> p.getFileName().toString().endsWith(".log")).toList();
        }
        for (Path segment : segments) {
            try (FileRecords records = FileRecords.open(segment.toFile(), false)) {
                for (FileChannelRecordBatch batch : records.batches()) {
                    codecs.add(batch.compressionType().name());
                }
            }
        }
        assertThat(codecs).as("batches in " + segments).isNotEmpty();
        return codecs;
    }
}
