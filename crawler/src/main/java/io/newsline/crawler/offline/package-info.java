/**
 * Parsing saved pages from files, for {@code newsline parse}: finds each page's URL (given, canonical link,
 * og:url, or the file name) and its site profile, and runs the same parser the crawl runs.
 */
package io.newsline.crawler.offline;
