/**
 * The crawl engine, the same code for {@code newsline crawl} and {@code newsline worker}: seeding and discovery
 * ({@link io.newsline.crawler.run.Seeder}, {@link io.newsline.crawler.run.LinkDiscovery}), the fetch/parse pipeline
 * ({@link io.newsline.crawler.run.ArticlePipeline}) and the version decision ({@link io.newsline.crawler.run.Versioner})
 * over the store seam {@link io.newsline.crawler.run.CrawlStore}, put together by one
 * {@link io.newsline.crawler.run.CrawlEngine} per scheduler lifetime. {@link io.newsline.crawler.run.CrawlRun} is the
 * entry point of a crawl over the local store and its frontier; the worker's store and frontier live in {@code worker}. Everything here reports
 * to a {@link io.newsline.crawler.run.CrawlListener} and never prints or logs for the user itself (the CLI does).
 */
package io.newsline.crawler.run;
