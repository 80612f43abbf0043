/** Watching a running crawl or worker: Micrometer metrics, the Prometheus and health endpoint, logging set-up. */
package io.newsline.crawler.observe;
