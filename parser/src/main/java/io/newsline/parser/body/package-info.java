/**
 * The article body: {@link io.newsline.parser.body.ProfileBody} reads the container the site profile names
 * (paragraphs from {@code <p>}, {@code li.par} and {@code <br><br>} breaks, headings kept, photo blocks turned into
 * images with caption and credit); {@link io.newsline.parser.body.MainContentExtractor} is the site-independent
 * fallback, implemented by {@link io.newsline.parser.body.GenericExtractor}; {@link io.newsline.parser.body.ProseCheck}
 * tells listing pages from articles. Metadata and chrome removal live in {@code meta} and {@code clean}.
 */
package io.newsline.parser.body;
