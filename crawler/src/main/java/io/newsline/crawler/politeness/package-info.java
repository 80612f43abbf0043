/**
 * Crawling politely: robots.txt per site ({@link io.newsline.crawler.politeness.RobotsCache}, RFC 9309 through
 * crawler-commons, matched against the {@code newsline} token), per-host minimum delays and connection limits,
 * {@code Retry-After} and exponential backoff, parking of hosts that keep failing, and the
 * {@link io.newsline.crawler.politeness.PoliteScheduler} that runs many hosts in parallel on a bounded pool while each
 * host gets its turn only when politeness allows. Events go to a
 * {@link io.newsline.crawler.politeness.PolitenessListener}. What must not live here: what a task does with a page
 * (parsing, publishing, crawl state) and which URLs to crawl (the frontier).
 */
package io.newsline.crawler.politeness;
