/**
 * Articles to Kafka: the versioned record schema ({@link io.newsline.publisher.ArticleRecord}, its JSON codec and
 * JSON Schema), the producer settings, topic creation, the publisher the crawler calls, dead letters, and the
 * consumer-side tools ({@link io.newsline.publisher.TopicScan}, {@link io.newsline.publisher.TopicTail}) and the
 * in-process broker ({@link io.newsline.publisher.EmbeddedBroker}). This package knows Kafka and the record schema;
 * it knows nothing about HTML, fetching or crawl state, and it never imports the crawler.
 */
package io.newsline.publisher;
