/**
 * The shared frontier of {@code newsline worker}s: the Kafka topics {@code news.frontier} (article URLs to fetch)
 * and {@code news.crawlstate} (what is known of each URL and article, compacted), both partitioned by
 * {@link io.newsline.crawler.frontier.SiteKey}, so that one site's URLs, state and article versions live on one
 * partition and so with one worker. No fetching or parsing lives here.
 */
package io.newsline.crawler.frontier;
