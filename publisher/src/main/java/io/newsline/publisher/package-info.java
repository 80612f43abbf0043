/**
 * The Kafka side of Newsline: {@link io.newsline.publisher.ArticleRecords} (parsed article to the record of
 * {@code newsline-record}), the producer settings, topic creation, the publisher the crawler calls, and the
 * consumer-side tools ({@link io.newsline.publisher.TopicScan}, {@link io.newsline.publisher.TopicTail}) and the
 * in-process broker ({@link io.newsline.publisher.EmbeddedBroker}). The record itself, its codecs and schemas live
 * in {@code io.newsline.record}. This package knows Kafka, the record and the parser's article; it knows nothing
 * about HTML, fetching or crawl state, and it never imports the crawler.
 */
package io.newsline.publisher;
