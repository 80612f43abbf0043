/**
 * Runs the pure parser under the crawler's limits: {@link io.newsline.crawler.extract.TimeLimitedParser} gives each
 * page a {@link io.newsline.crawler.extract.PageTimeLimit} and turns a page that overruns it into a failed page.
 * Clocks and threads live here, never in the parser; fetching and publishing do not.
 */
package io.newsline.crawler.extract;
