package io.newsline.crawler.cli;

import io.newsline.publisher.PublisherConfig;
import picocli.CommandLine.Option;

/** {@code --topic}, the articles topic, as {@code crawl}, {@code worker} and {@code tail} declare it (a picocli mixin). */
final class TopicOption {
    @Option(names = "--topic", defaultValue = PublisherConfig.DEFAULT_TOPIC, paramLabel = "TOPIC",
            description = "Topic of article records (default: ${DEFAULT-VALUE}).")
    String topic;
}
