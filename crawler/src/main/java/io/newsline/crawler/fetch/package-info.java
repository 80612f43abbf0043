/**
 * Fetching one URL over HTTP(S) politely and safely: {@link io.newsline.crawler.fetch.HttpFetcher} (one shared
 * OkHttp client) turns a {@link io.newsline.crawler.fetch.FetchRequest} into a
 * {@link io.newsline.crawler.fetch.FetchResult} and never throws for network problems. Here live the limits that
 * protect the crawler (timeouts, body size after decompression, redirect count and loops), the SSRF guard that
 * refuses private and loopback addresses on every hop, curl-style {@code --resolve} mappings and the extra trusted
 * CA certificate. What must not live here: politeness (delays, robots.txt, backoff belong to {@code politeness}),
 * parsing of bodies, and any crawl state.
 */
package io.newsline.crawler.fetch;
