/**
 * The stages of {@link io.newsline.parser.body.GenericExtractor}: measuring text in any script
 * ({@link io.newsline.parser.body.generic.TextMeasure}), reading class/id/role hints
 * ({@link io.newsline.parser.body.generic.ElementHints}), one bottom-up statistics pass over the DOM that also
 * leaves out non-content ({@link io.newsline.parser.body.generic.DomStats}), the body a page declares
 * ({@link io.newsline.parser.body.generic.JsonLdArticleBody}), Readability-style candidate scoring
 * ({@link io.newsline.parser.body.generic.CandidateScorer}), block emission from the chosen container with
 * conditional cleaning, boilerplate lines and title repeats dropped
 * ({@link io.newsline.parser.body.generic.BlockCollector}), and listing-page detection
 * ({@link io.newsline.parser.body.generic.ListingDetector}). Everything here is machinery behind the one
 * extractor: no site knowledge, no host names, no per-page branches, no document-wide selects inside loops.
 */
package io.newsline.parser.body.generic;
