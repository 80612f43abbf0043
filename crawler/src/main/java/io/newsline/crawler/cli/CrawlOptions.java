package io.newsline.crawler.cli;

import io.newsline.crawler.run.CrawlSettings;
import picocli.CommandLine.Mixin;

/**
 * The options {@code crawl} and {@code worker} share, declared once (a picocli mixin of mixins): site files, Kafka,
 * topic, publishing, data directory, fetching and the WARC archive, and how they set a config's {@link CrawlSettings}.
 */
final class CrawlOptions {
    @Mixin
    SeedsOption seeds = new SeedsOption();

    @Mixin
    KafkaOption kafka = new KafkaOption();

    @Mixin
    TopicOption topic = new TopicOption();

    @Mixin
    PublishOptions publish = new PublishOptions();

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Mixin
    WarcOptions warc = new WarcOptions();

    /** {@code builder} with the shared settings of these options; throws IllegalArgumentException naming a bad option. */
    <B extends CrawlSettings.Builder<B>> B settings(B builder) {
        return builder.kafkaClient(kafka.clientSettings())
                .topic(topic.topic)
                .deadLetterTopic(publish.deadLetterTopic())
                .fetch(fetch.config())
                .delay(fetch.delayOverride())
                .brokerTimeout(publish.brokerTimeout)
                .warc(warc.config());
    }
}
