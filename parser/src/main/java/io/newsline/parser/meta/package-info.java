/**
 * Article metadata: title, subtitle, authors, dates, section, language, canonical URL, tags, lead images and the
 * paywall flag, read from every source a page offers with one precedence: profile selector, JSON-LD, OpenGraph /
 * {@code article:*}, other meta tags, microdata, {@code <time>}, visible date lines (Korean 입력/수정), the URL.
 * Also the parsers those sources need ({@link io.newsline.parser.meta.DateParser},
 * {@link io.newsline.parser.meta.BylineFinder}, {@link io.newsline.parser.meta.Captions}). Nothing here removes
 * chrome or picks body paragraphs; that is {@code clean} and {@code body}.
 */
package io.newsline.parser.meta;
