package io.newsline.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.parser.Article;
import io.newsline.publisher.testing.TestBroker;
import io.newsline.record.ArticleRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicScanTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Random random = new Random(5);

    private ArticleRecord version(Article a, int version, ArticleRecord previous) {
        return ArticleRecords.of(a, version, previous == null ? null : previous.contentHash(), Instant.now());
    }

    @Test
    void findsTheVersionsOfTheAskedKeysPublishedSinceTheNotedOffsets() {
        PublisherConfig config = PublisherConfig.defaults(TestBroker.bootstrap())
                .withTopic(TestBroker.uniqueTopic("scan"));
        Article a = SampleArticles.korean(1, 300, random);
        Article b = SampleArticles.korean(2, 300, random);
        Article c = SampleArticles.korean(3, 300, random);
        Map<Integer, Long> noted;
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            ArticleRecord a1 = version(a, 1, null);
            publisher.publish(a1).join();
            publisher.publish(version(b, 1, null)).join();
            noted = publisher.endOffsets();
            ArticleRecord a2 = version(a, 2, a1);
            publisher.publish(a2).join();
            publisher.publish(version(a, 3, a2)).join();
            publisher.publish(version(c, 1, null)).join();
        }
        String idA = ArticleRecords.idOf(a);
        String idB = ArticleRecords.idOf(b);
        String idC = ArticleRecords.idOf(c);

        Map<String, Set<Integer>> sinceNoted = TopicScan.findVersions(config.bootstrapServers(), config.topic(),
                noted, Set.of(idA, idB), TIMEOUT);
        Map<String, Set<Integer>> everything = TopicScan.findVersions(config.bootstrapServers(), config.topic(),
                Map.of(), Set.of(idA, idB, idC), TIMEOUT);

        assertThat(sinceNoted).isEqualTo(Map.of(idA, Set.of(2, 3)));
        assertThat(everything).isEqualTo(Map.of(idA, Set.of(1, 2, 3), idB, Set.of(1), idC, Set.of(1)));
    }

    @Test
    void findsNothingWhenNothingWasPublishedSinceTheNotedOffsets() {
        PublisherConfig config = PublisherConfig.defaults(TestBroker.bootstrap())
                .withTopic(TestBroker.uniqueTopic("scan"));
        Map<Integer, Long> noted;
        try (ArticlePublisher publisher = ArticlePublisher.connect(config, TIMEOUT)) {
            publisher.publish(version(SampleArticles.full(), 1, null)).join();
            noted = publisher.endOffsets();
        }

        assertThat(TopicScan.findVersions(config.bootstrapServers(), config.topic(), noted,
                Set.of(ArticleRecords.idOf(SampleArticles.full())), TIMEOUT)).isEmpty();
    }

    @Test
    void aMissingTopicIsNamed() {
        assertThatThrownBy(() -> TopicScan.findVersions(TestBroker.bootstrap(), "no.such.topic", Map.of(),
                Set.of("x"), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic 'no.such.topic' does not exist on Kafka at " + TestBroker.bootstrap());
    }

}
