/**
 * Measuring extraction on a directory of test pages (the {@code newsline eval DIR} command): finding the
 * pages and their gold texts in either supported layout, running the parser (or the generic extractor alone)
 * on each, and scoring with {@link io.newsline.parser.eval.TokenF1}. This package may read files; the
 * scoring itself stays pure in the parser module. No network access here.
 */
package io.newsline.crawler.eval;
