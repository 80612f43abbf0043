package io.newsline.parser.body.generic;

import io.newsline.parser.clean.LineTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The accepted answer of a question page (Q&amp;A sites, Zhidao-style pages): an item that carries a label from a
 * closed vocabulary of the software ({@code 最佳答案}, {@code 已采纳}, {@code 提问者采纳}, {@code 满意答案},
 * {@code 推荐答案}, {@code accepted answer}). The article of such a page is the question's description and this
 * answer; the other answers are the discussion (see {@link CandidateScorer}). Thread-safe.
 */
final class AcceptedAnswer {
    private static final Pattern LABEL = Pattern.compile(
            "^[【\\[(（]?\\s*(?:最佳答案|最佳回答|最佳解答|已采纳|已採納|采纳答案|採納答案|提问者采纳|提問者採納|被采纳|被採納|满意答案|滿意答案"
                    + "|推荐答案|推薦答案|accepted answer|best answer)\\s*[】\\])）]?$");
    /** How far above the best candidate the answer item carrying the label may be. */
    private static final int MAX_LEVELS_UP = 4;
    private static final int MAX_LABEL_LENGTH = 16;

    private AcceptedAnswer() {
    }

    /** True when {@code text} is nothing but an accepted-answer label (a line to drop from the text). */
    static boolean isLabel(String text) {
        return text.length() <= MAX_LABEL_LENGTH && LABEL.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The smallest element around {@code el} (itself or up to {@value #MAX_LEVELS_UP} levels up) that holds an
     * accepted-answer label, or null when {@code el} is not in an accepted answer.
     */
    static Element around(Element el, Element root) {
        List<Element> levels = new ArrayList<>();
        for (Element at = el; levels.size() <= MAX_LEVELS_UP && at != null && at != root; at = at.parent()) {
            levels.add(at);
        }
        if (levels.isEmpty()) {
            return null;
        }
        // one pass over the highest level's elements finds every label; the smallest level holding one wins
        List<Element> labels = new ArrayList<>();
        for (Element d : levels.get(levels.size() - 1).getAllElements()) {
            if (holdsLabelItself(d)) {
                labels.add(d);
            }
        }
        for (Element at : levels) {
            for (Element label : labels) {
                if (label == at || isInside(label, at)) {
                    return at;
                }
            }
        }
        return null;
    }

    private static boolean holdsLabelItself(Element d) {
        int visible = 0; // characters other than spaces: the own text holds them all, its spaces collapsed and trimmed
        boolean mayBeLabel = false;
        for (int i = 0, n = d.childNodeSize(); i < n; i++) {
            if (d.childNode(i) instanceof TextNode t) {
                String whole = t.getWholeText();
                for (int j = 0; j < whole.length(); j++) {
                    char c = whole.charAt(j);
                    visible += Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : 1;
                }
                mayBeLabel |= LineTraits.hasIdeograph(whole) || whole.toLowerCase(Locale.ROOT).contains("answer");
            }
        }
        if (!mayBeLabel || visible > MAX_LABEL_LENGTH) {
            return false; // every label is in Chinese characters or says "answer"; a long text is no label
        }
        String own = d.ownText();
        return !own.isEmpty() && own.length() <= MAX_LABEL_LENGTH && isLabel(own);
    }

    private static boolean isInside(Element el, Element ancestor) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
