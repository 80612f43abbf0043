package io.newsline.parser.eval;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML document, as a gold text for {@link TokenF1} (e.g. Readability's
 * {@code expected.html}): text nodes with whitespace collapsed, a newline around every block element and at
 * each {@code <br>}, nothing from scripts, styles or templates. Pure: takes a parsed document.
 */
public final class VisibleText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head");

    private VisibleText() {
    }

    /** The visible text of {@code doc}, one line per block. */
    public static String of(Document doc) {
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            private int invisible;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (INVISIBLE.contains(tag)) {
                        invisible++;
                    } else if (BLOCKS.contains(tag) || tag.equals("br")) {
                        out.append('\n');
                    }
                } else if (node instanceof TextNode text && invisible == 0) {
                    out.append(text.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (INVISIBLE.contains(tag)) {
                        invisible--;
                    } else if (BLOCKS.contains(tag)) {
                        out.append('\n');
                    }
                }
            }
        });
        return out.toString().replaceAll("[ \\t\\u00A0]*\\n[\\s]*", "\n").strip();
    }
}
