/**
 * {@code newsline bench}: a generated multi-host news site served locally, and a measurement of N
 * {@code newsline worker} processes crawling it (articles/s, fetch-to-publish latency, heap). Nothing here is used
 * by a crawl.
 */
package io.newsline.crawler.bench;
