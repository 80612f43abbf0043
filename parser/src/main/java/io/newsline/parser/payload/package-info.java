/**
 * Articles that a page ships as data instead of HTML: the JSON state of Next.js ({@code __NEXT_DATA__} and the App
 * Router's {@code self.__next_f} flight chunks), Nuxt ({@code __NUXT_DATA__}, and {@code window.__NUXT__} when it is
 * a JSON literal) and Apollo/Redux stores. {@link io.newsline.parser.payload.PayloadReader} finds the payloads,
 * {@link io.newsline.parser.payload.ArticleShape} the article object in them by its keys, never by site. Pure: no
 * JavaScript is run, so a payload that only a JavaScript engine could evaluate is skipped.
 */
package io.newsline.parser.payload;
