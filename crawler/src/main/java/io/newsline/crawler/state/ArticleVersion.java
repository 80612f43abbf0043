package io.newsline.crawler.state;

/** The last acknowledged version of an article id and the content hash it was published with. */
public record ArticleVersion(String articleId, int version, String contentHash) {
}
