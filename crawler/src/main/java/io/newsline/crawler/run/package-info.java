/**
 * One crawl run: seeds to discovery to polite fetching to parsing to publishing, with the crawl state updated
 * only after the broker acknowledged each record. {@link io.newsline.crawler.run.CrawlRun} is the entry point;
 * it reports what happens to a {@link io.newsline.crawler.run.CrawlListener} and never prints or logs for
 * the user itself (the CLI does).
 */
package io.newsline.crawler.run;
