/**
 * {@code newsline worker}: processes in one Kafka consumer group share the frontier's partitions. The owner of a
 * partition restores its crawl state, discovers its seeds' article URLs, fetches them politely with the same
 * article pipeline as {@code newsline crawl}, and publishes article records, state records and the frontier
 * offsets in one Kafka transaction. No HTML parsing or record schema lives here.
 */
package io.newsline.crawler.worker;
