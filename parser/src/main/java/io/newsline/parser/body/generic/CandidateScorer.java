package io.newsline.parser.body.generic;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Readability's candidate scoring over {@link DomStats}: each paragraph-like block gives its parent its
 * score in full, its grandparent half, and further ancestors a third per level; the best candidate (score
 * scaled by one minus link density) is refined upwards when a common ancestor holds several top candidates,
 * and its siblings that look like content are merged in. The result is the list of content roots in
 * document order: on a question page whose best candidate is the accepted answer, the question's description and
 * that answer.
 */
public final class CandidateScorer {

    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** Weighted characters from which a post is an article rather than a one-line question or greeting. */
    private static final int MIN_POST_CHARS = 140;
    /** Weighted characters from which the text before an accepted answer is a question's description. */
    private static final int MIN_QUESTION_CHARS = 30;

    private final DomStats stats;
    private final List<Element> candidates = new ArrayList<>();
    /** The first post of a thread when {@link #preferPost} chose it, else null. */
    private Element firstPostOfThread;

    private CandidateScorer(DomStats stats) {
        this.stats = stats;
    }

    /**
     * Scores the paragraphs found by {@code stats} and returns the content roots (empty when there are none).
     * {@code declared} (may be null) is the body the page declares (itemprop=articleBody, or where its JSON-LD
     * articleBody text sits), trusted over the scores unless it lies inside the best candidate.
     */
    public static List<Element> chooseRoots(DomStats stats, Element declared) {
        return new CandidateScorer(stats).choose(declared);
    }

    private List<Element> choose(Element declared) {
        for (Element p : stats.paragraphLike()) {
            scoreParagraph(p);
        }
        List<Element> top = topCandidates();
        if (top.isEmpty()) {
            // Nothing scored (a page of short lines): Readability falls back to the whole body.
            Element body = stats.root();
            return stats.of(body) == null ? List.of() : List.of(body);
        }
        Element best = preferPost(refine(top));
        if (declared != null && stats.of(declared) != null && declared != best && !isAncestor(best, declared)) {
            // The page says where its body is and the scores chose elsewhere or narrower: believe the page.
            best = declared;
            init(best);
        }
        List<Element> questionAndAnswer = questionAndAnswer(best);
        if (questionAndAnswer != null) {
            return questionAndAnswer;
        }
        // A thread's first post stands alone: the cells beside its message are the user column and the signature,
        // which table layouts give the message's own class (Dvbbs: td.tablebody1 for both).
        return best == firstPostOfThread ? List.of(best) : mergeSiblings(best);
    }

    /**
     * When the best candidate is an accepted answer ({@link AcceptedAnswer}): the question's description (the best
     * candidate before the answer, outside it and outside the list of answers) and the answer, in that order; null
     * when it is not one or no description precedes it (a question that is all title).
     */
    private List<Element> questionAndAnswer(Element best) {
        Element answer = AcceptedAnswer.around(best, stats.root());
        if (answer == null) {
            return null;
        }
        Element answers = answer.parent();
        List<Element> order = stats.root().getAllElements();
        int answerAt = order.indexOf(answer);
        Element question = null;
        for (Element c : candidates) {
            NodeStats cs = stats.of(c);
            if (cs.chars < MIN_QUESTION_CHARS || cs.linkDensity() >= 0.3 || finalScore(c) <= 0
                    || isAncestor(c, answer) || answers != null && isAncestor(answers, c)
                    || order.indexOf(c) > answerAt) {
                continue;
            }
            question = better(question, c);
        }
        return question == null ? null : List.of(question, answer);
    }

    /**
     * When the best candidate is a post of a run of posts ({@link PostThread}), or holds one: the article is the
     * best candidate outside the run when the page has one (the run is a comment list under a post), else the
     * thread's first post (a forum thread, whose replies together or one by one may outscore it).
     */
    private Element preferPost(Element best) {
        PostThread.Run run = PostThread.around(best, stats);
        if (run == null) {
            run = PostThread.below(best, stats);
        }
        if (run == null) {
            return best;
        }
        Element container = run.container();
        Element outside = null;
        Element firstPost = null;
        for (Element c : candidates) {
            if (!substantial(c)) {
                continue;
            }
            if (c != container && !isAncestor(container, c) && !isAncestor(c, container)) {
                outside = better(outside, c);
            } else if (c == run.first() || isAncestor(run.first(), c)) {
                firstPost = better(firstPost, c);
            }
        }
        Element post = outside != null ? outside : firstPost;
        if (post == null) {
            return best;
        }
        if (outside == null) {
            firstPostOfThread = post;
        }
        if (post == best) {
            return best;
        }
        init(post);
        return post;
    }

    private boolean substantial(Element el) {
        NodeStats st = stats.of(el);
        return st.chars >= MIN_POST_CHARS && st.linkDensity() < 0.3 && finalScore(el) > 0;
    }

    private Element better(Element current, Element c) {
        return current == null || finalScore(c) > finalScore(current) ? c : current;
    }

    private void scoreParagraph(Element p) {
        NodeStats ps = stats.of(p);
        int len = ps.inlineChars;
        int runs = 1 + ps.inlineBreaks / 2;
        double score = runs + ps.inlineCommas + Math.min(len / 100, 3 * runs);
        score *= 1.0 - ps.inlineLinkDensity();
        // Loose text beside blocks, or split by <br><br> into several paragraphs, is wrapped into <p>s of this
        // element by Readability, which makes this element their parent; a plain paragraph scores its parent.
        Element ancestor = ps.hasBlockChild || ps.inlineBreaks >= 2 ? p : p.parent();
        for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
            if (ancestor.parent() == null || stats.of(ancestor) == null) {
                break;
            }
            NodeStats as = init(ancestor);
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            as.score += score / divider;
            ancestor = ancestor.parent();
        }
    }

    private NodeStats init(Element el) {
        NodeStats st = stats.of(el);
        if (!st.candidate) {
            st.candidate = true;
            st.score = baseScore(el.normalName()) + stats.hints().classWeight(el);
            candidates.add(el);
        }
        return st;
    }

    private static int baseScore(String tag) {
        switch (tag) {
            case "div": case "article": case "main": case "section":
                return 5;
            case "pre": case "td": case "blockquote":
                return 3;
            case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form":
                return -3;
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th":
                return -5;
            default:
                return 0;
        }
    }

    private double finalScore(Element el) {
        NodeStats st = stats.of(el);
        return st.score * (1.0 - st.linkDensity());
    }

    private List<Element> topCandidates() {
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double s = finalScore(c);
            int i = 0;
            while (i < top.size() && finalScore(top.get(i)) >= s) {
                i++;
            }
            if (i < TOP_CANDIDATES) {
                top.add(i, c);
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(top.size() - 1);
                }
            }
        }
        return top;
    }

    private Element refine(List<Element> top) {
        Element best = top.get(0);
        double bestScore = finalScore(best);
        // Several strong candidates under one ancestor: the ancestor is the article.
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (finalScore(top.get(i)) / bestScore >= 0.75) {
                alternatives.add(top.get(i));
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = best.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    best = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        init(best);
        // Climb while the parent scores about as well: the article often spans more than one wrapper.
        Element parent = best.parent();
        double lastScore = finalScore(best);
        double threshold = lastScore / 3;
        while (parent != null && !parent.normalName().equals("body") && stats.of(parent) != null) {
            NodeStats ps = stats.of(parent);
            if (!ps.candidate) {
                parent = parent.parent();
                continue;
            }
            double parentScore = finalScore(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                best = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        // A lone child says nothing about its siblings: take the wrapper.
        parent = best.parent();
        while (parent != null && !parent.normalName().equals("body") && stats.of(parent) != null
                && keptElementChildren(parent) == 1) {
            best = parent;
            parent = best.parent();
        }
        init(best);
        return best;
    }

    private int keptElementChildren(Element el) {
        int n = 0;
        for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (stats.of(c) != null) {
                n++;
            }
        }
        return n;
    }

    private List<Element> mergeSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double bestScore = finalScore(best);
        double threshold = Math.max(10, bestScore * 0.2);
        String bestClass = best.className();
        List<Element> roots = new ArrayList<>();
        Element pendingHeading = null;
        for (Element sib = parent.firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
            NodeStats ss = stats.of(sib);
            if (ss == null) {
                continue;
            }
            if (Tags.isHeading(sib.normalName()) && !roots.isEmpty()) {
                // A subheading between two merged blocks belongs to the article; one after the last does not.
                pendingHeading = sib;
                continue;
            }
            int before = roots.size();
            if (sib == best) {
                roots.add(sib);
            } else {
                mergeSibling(sib, ss, bestScore, threshold, bestClass, roots);
            }
            if (roots.size() > before && pendingHeading != null) {
                roots.add(before, pendingHeading);
            }
            if (roots.size() > before || ss.chars > 0) {
                pendingHeading = null;
            }
        }
        return roots;
    }

    /** Readability's sibling test: a strong candidate, a same-class continuation, or a content-like paragraph. */
    private void mergeSibling(Element sib, NodeStats ss, double bestScore, double threshold, String bestClass,
            List<Element> roots) {
        boolean sameClass = !bestClass.isEmpty() && bestClass.equals(sib.className());
        double bonus = sameClass ? bestScore * 0.2 : 0;
        if (ss.candidate && finalScore(sib) + bonus >= threshold) {
            roots.add(sib);
        } else if (sameClass && ss.paragraphs > 0 && ss.linkDensity() < 0.3) {
            // A continuation wrapper too deep for paragraph scores to reach: same class, real paragraphs.
            roots.add(sib);
        } else if (isParagraph(sib, ss)) {
            double ld = ss.linkDensity();
            String text = ss.chars < 80 ? sib.text() : "";
            boolean shortSentence = sib.normalName().equals("p") && ss.chars > 0 && ld == 0
                    && TextMeasure.endsSentence(text);
            if ((ss.chars >= 80 && ld < 0.25) || shortSentence) {
                roots.add(sib);
            }
        }
    }

    private static boolean isParagraph(Element el, NodeStats st) {
        return el.normalName().equals("p") || (!st.hasBlockChild && Tags.isBlock(el.normalName())
                && !Tags.isList(el.normalName()) && !Tags.isHeading(el.normalName()));
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
