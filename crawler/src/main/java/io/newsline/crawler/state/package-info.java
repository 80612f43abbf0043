/**
 * Crawl state kept across runs: per URL what was fetched when (validators, status, next due time), per
 * article id the last published version and content hash, and the records sent but not yet acknowledged.
 * {@link io.newsline.crawler.state.CrawlState} is the interface; {@link io.newsline.crawler.state.SqliteCrawlState}
 * the embedded implementation. Nothing here fetches, parses or talks to Kafka.
 */
package io.newsline.crawler.state;
