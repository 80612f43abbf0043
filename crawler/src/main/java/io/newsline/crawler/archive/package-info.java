/**
 * Raw pages kept as WARC and read back: {@link io.newsline.crawler.archive.WarcArchive} writes what the crawl fetched
 * (request, response as received, and a metadata record naming the article version it produced) into rolled,
 * gzip-per-record WARC 1.1 files; {@link io.newsline.crawler.archive.ReplayRun} reads WARC files (ours, CC-NEWS, any
 * crawler's), parses their HTML responses with the current site files and hands the articles to a publication.
 * Everything WARC goes through jwarc here; nothing in this package fetches, and nothing outside it knows the format.
 */
package io.newsline.crawler.archive;
