/**
 * Measuring extraction quality: pure functions that compare an extracted text with a gold text (e.g.
 * {@link io.newsline.parser.eval.TokenF1}) and turn a gold HTML document into its visible text
 * ({@link io.newsline.parser.eval.VisibleText}). No files and no I/O live here;
 * walking a directory of test pages belongs to the crawler's {@code eval} package.
 */
package io.newsline.parser.eval;
