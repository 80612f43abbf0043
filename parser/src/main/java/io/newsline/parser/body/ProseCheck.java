package io.newsline.parser.body;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Tells a page without an article (a section front, a listing, an index: many links, little prose) from an
 * article, after chrome removal. Used only where the URL does not already say the page is an article.
 */
public final class ProseCheck {
    static final int MIN_BODY = 80;
    static final double MAX_LINK_SHARE = 0.5;
    static final int MIN_PARAGRAPH = 250;

    /** Why {@code doc} is not an article, or empty when {@code body} reads as one. */
    public Optional<String> notArticleReason(Document doc, BodyContent body, boolean articleMarkup) {
        int length = body.textLength();
        if (length < MIN_BODY) {
            return Optional.of("no main content: " + length + " characters of body text");
        }
        int longest = body.blocks().stream().mapToInt(String::length).max().orElse(0);
        if (articleMarkup || longest >= MIN_PARAGRAPH) {
            return Optional.empty(); // the link walk below is needed only for short, unmarked pages
        }
        double linkShare = linkShare(doc.body() != null ? doc.body() : doc);
        if (linkShare > MAX_LINK_SHARE) {
            return Optional.of(String.format(java.util.Locale.ROOT,
                    "listing page: %.0f%% of the text is links and no paragraph reaches %d characters", linkShare * 100, MIN_PARAGRAPH));
        }
        return Optional.empty();
    }

    private static double linkShare(Element root) {
        int[] chars = new int[2]; // [0] all text, [1] text inside links
        root.traverse(new NodeVisitor() {
            private int linkDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el && linkDepth < 0 && el.normalName().equals("a")) {
                    linkDepth = depth;
                } else if (node instanceof TextNode t) {
                    int n = visibleLength(t.getWholeText());
                    chars[0] += n;
                    if (linkDepth >= 0) {
                        chars[1] += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (depth == linkDepth && node instanceof Element) {
                    linkDepth = -1;
                }
            }
        });
        return chars[0] == 0 ? 0 : (double) chars[1] / chars[0];
    }

    /** Characters other than white space: what a reader sees of a text node. */
    private static int visibleLength(String text) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
