package io.newsline.parser.body.generic;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

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
        Element at = el;
        for (int level = 0; level <= MAX_LEVELS_UP && at != null && at != root; level++) {
            if (holdsLabel(at)) {
                return at;
            }
            at = at.parent();
        }
        return null;
    }

    private static boolean holdsLabel(Element el) {
        for (Element d : el.getAllElements()) {
            String own = d.ownText();
            if (!own.isEmpty() && own.length() <= MAX_LABEL_LENGTH && isLabel(own)) {
                return true;
            }
        }
        return false;
    }
}
