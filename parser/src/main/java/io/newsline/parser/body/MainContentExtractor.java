package io.newsline.parser.body;

import org.jsoup.nodes.Document;

/**
 * Finds the main content of a page without site knowledge: the article's body blocks (paragraphs, and
 * headings inside the article) in reading order, with navigation, widgets, lists of other articles, captions,
 * bylines and boilerplate left out. Implementations are thread-safe and may modify {@code doc}.
 */
public interface MainContentExtractor {
    MainContent extract(Document doc);
}
