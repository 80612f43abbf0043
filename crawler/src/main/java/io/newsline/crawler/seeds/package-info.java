/**
 * Finding and reading site files: a path given with {@code --seeds} (one YAML file or a folder of them) becomes
 * {@link io.newsline.parser.profile.SiteProfiles}. The model and its checks live in the parser's profile package;
 * this package only does the file I/O.
 */
package io.newsline.crawler.seeds;
