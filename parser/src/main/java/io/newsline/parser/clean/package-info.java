/**
 * Page cleanup: {@link io.newsline.parser.clean.ChromeRemover} deletes what is not the article (the profile's
 * {@code remove} selectors, then generic {@link io.newsline.parser.clean.ChromeRule}s for navigation, login boxes,
 * comment widgets, share bars, related lists, ads, banners) while keeping the article container itself, and
 * {@link io.newsline.parser.clean.TextCleaner} normalizes body text blocks and drops copyright and interface lines.
 * Both serve the profile path and the generic path alike. Nothing here decides what the body is.
 */
package io.newsline.parser.clean;
