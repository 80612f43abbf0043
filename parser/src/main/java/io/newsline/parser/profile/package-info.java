/**
 * The site files of {@code seeds/} as typed data: {@link io.newsline.parser.profile.SiteProfile} and its parts,
 * loaded and fully checked by {@link io.newsline.parser.profile.SiteProfileLoader} (unknown fields, selectors, start URLs, hosts,
 * regular expressions, durations and zones fail at load with file, line and field), and
 * {@link io.newsline.parser.profile.SelectorMatches}, which applies a profile's selectors to a page in one walk.
 * A site file's regular expressions ({@link io.newsline.parser.profile.TextPattern}) know where they were written
 * and match through an input that stops with {@link io.newsline.parser.profile.ExtractionInterrupted} when the
 * thread is interrupted, since one may backtrack catastrophically. No extraction logic lives here.
 */
package io.newsline.parser.profile;
