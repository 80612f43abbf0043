/**
 * The parser's public face: {@link io.newsline.parser.ArticleParser} turns one fetched
 * {@link io.newsline.parser.page.Page} and its site's {@link io.newsline.parser.profile.SiteProfile} into a
 * {@link io.newsline.parser.ParseResult} holding an {@link io.newsline.parser.Article} (with its
 * {@link io.newsline.parser.Extraction}: which source gave each field). The stages live in {@code page}, {@code clean},
 * {@code meta} and {@code body}; the site files' model in {@code profile}. The module is pure: no network, Kafka,
 * files or clock, and no default charset or locale (enforced by ArchitectureTest).
 */
package io.newsline.parser;
