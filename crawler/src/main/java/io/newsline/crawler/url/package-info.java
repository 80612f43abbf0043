/**
 * One canonical spelling per URL, so that the frontier and the crawl state see a page once: scheme and host in lower
 * case, default ports and fragments dropped, dot segments resolved, query parameters sorted, and tracking parameters
 * ({@code utm_*}, {@code fbclid}, ...) plus a site's own {@code articles.dropParams} removed. Pure string work on top of
 * crawler-commons' {@code BasicURLNormalizer}; no network, no knowledge of which URLs are articles.
 */
package io.newsline.crawler.url;
