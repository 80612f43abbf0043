package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import io.newsline.record.ArticleRecordCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicTailTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static PublisherConfig config;
    private static List<ArticleRecord> published;

    @BeforeAll
    static void publishFiveArticles() {
        config = PublisherConfig.defaults(TestBroker.bootstrap()).withTopic(TestBroker.uniqueTopic("tail"));
        Random random = new Random(9);
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            published = java.util.stream.LongStream.rangeClosed(1, 5)
                    .mapToObj(n -> ArticleRecords.of(SampleArticles.korean(n, 400, random), 1, null, Instant.now()))
                    .toList();
            published.forEach(r -> publisher.publish(r).join());
        }
    }

    @Test
    void printsEachRecordFromTheBeginningAsOneJsonLine() {
        List<String> lines = new CopyOnWriteArrayList<>();

        long count = TopicTail.tail(TailOptions.of(config.bootstrapServers(), config.topic())
                .withTimeout(Duration.ofSeconds(2)), lines::add);

        assertThat(count).isEqualTo(5);
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"schemaVersion\":1,")
                .doesNotContain("\n"));
        assertThat(lines.stream().map(l -> ArticleRecordCodec.decode(l.getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).toList()).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void stopsAfterTheRequestedNumberOfRecords() {
        List<String> lines = new CopyOnWriteArrayList<>();

        long count = TopicTail.tail(TailOptions.of(config.bootstrapServers(), config.topic()).withMax(2)
                .withTimeout(TIMEOUT), lines::add);

        assertThat(count).isEqualTo(2);
        assertThat(lines).hasSize(2);
    }

    @Test
    void fromNowOnPrintsOnlyRecordsPublishedWhileTailing() throws Exception {
        PublisherConfig own = config.withTopic(TestBroker.uniqueTopic("tail-now"));
        List<String> lines = new CopyOnWriteArrayList<>();
        ArticleRecord fresh = ArticleRecords.of(SampleArticles.full(), 1, null, SampleArticles.FETCHED_AT);
        try (ArticlePublisher publisher = ArticlePublisher.connect(own, TIMEOUT)) {
            publisher.publish(ArticleRecords.of(SampleArticles.minimal(), 1, null, Instant.now())).join();
        }
        CompletableFuture<Long> tailing = CompletableFuture.supplyAsync(() -> TopicTail.tail(
                TailOptions.of(own.bootstrapServers(), own.topic()).withFromBeginning(false).withMax(1)
                        .withTimeout(TIMEOUT), lines::add));
        try (ArticlePublisher publisher = ArticlePublisher.connect(own, TIMEOUT)) {
            // Publish until the tail has seen something: it may not have fixed its start position yet.
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!tailing.isDone() && Instant.now().isBefore(deadline)) {
                publisher.publish(fresh).join();
                try {
                    tailing.get(500, TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    // publish once more
                }
            }
        }

        assertThat(tailing.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(lines).singleElement().isEqualTo(ArticleRecordCodec.toJson(fresh));
    }

    @Test
    void stopsAfterTheTimeoutWithoutNewRecords() {
        long start = System.nanoTime();

        long count = TopicTail.tail(TailOptions.of(config.bootstrapServers(), config.topic())
                .withFromBeginning(false).withTimeout(Duration.ofSeconds(1)), line -> { });

        assertThat(count).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(1),
                Duration.ofSeconds(10));
    }

    @Test
    void printsAValueThatIsNotJsonAsAJsonString() {
        assertThat(TopicTail.oneLine("two\nlines".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("\"two\\nlines\"");
        assertThat(TopicTail.oneLine("{ \"a\" : 1 }".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("{\"a\":1}");
    }

    @Test
    void aMissingTopicIsNamed() {
        assertThatThrownBy(() -> TopicTail.tail(TailOptions.of(config.bootstrapServers(), "no.such.topic")
                .withTimeout(Duration.ofSeconds(3)), line -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic 'no.such.topic' does not exist");
    }
}
