/**
 * The fetched page and its decoding: {@link io.newsline.parser.page.Page} (URL, raw bytes, Content-Type, fetch
 * time) and {@link io.newsline.parser.page.PageDecoder}, which turns the bytes into text by the byte-order mark,
 * the HTTP charset, the document's own {@code <meta charset>}, then a detector, in that order. Nothing here knows
 * about HTML structure beyond the meta prescan, and nothing here may use the platform's default charset.
 */
package io.newsline.parser.page;
