package io.newsline.parser.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Bag-of-tokens precision, recall and F1 between an extracted text and a gold text, for any script.
 *
 * <p>Both texts are NFKC-normalised and lower-cased. A token is a maximal run of letters or digits
 * ({@link Character#isLetterOrDigit(int)} on code points). Runs of Han, Hiragana, Katakana or Hangul
 * characters have no reliable word boundaries, so each such run is cut into overlapping character bigrams
 * ("뉴스라인" gives "뉴스", "스라", "라인"); a lone character stands alone. Precision and recall are taken
 * over the multiset of tokens, so order does not matter but repetition does.
 *
 * <p>Edge cases: both texts without tokens score 1.0 (nothing to find, nothing wrongly found); exactly one
 * without tokens scores 0.0.
 */
public final class TokenF1 {

    private TokenF1() {
    }

    /** Precision (share of predicted tokens in the gold), recall (share of gold tokens predicted), and F1. */
    public record Score(double precision, double recall, double f1) {
        public static final Score PERFECT = new Score(1.0, 1.0, 1.0);
        public static final Score ZERO = new Score(0.0, 0.0, 0.0);
    }

    /** Scores {@code predicted} against {@code gold}; null is read as the empty text. */
    public static Score score(String predicted, String gold) {
        Map<String, Integer> predictedBag = bag(tokens(predicted == null ? "" : predicted));
        Map<String, Integer> goldBag = bag(tokens(gold == null ? "" : gold));
        int predictedCount = size(predictedBag);
        int goldCount = size(goldBag);
        if (predictedCount == 0 && goldCount == 0) {
            return Score.PERFECT;
        }
        if (predictedCount == 0 || goldCount == 0) {
            return Score.ZERO;
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : predictedBag.entrySet()) {
            common += Math.min(e.getValue(), goldBag.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) common / predictedCount;
        double recall = (double) common / goldCount;
        double f1 = common == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    /** The tokens of {@code text} in order, as defined in the class comment. */
    public static List<String> tokens(String text) {
        Objects.requireNonNull(text, "text");
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = normal.length();
        while (i < n) {
            int cp = normal.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean cjk = isCjk(cp);
            int start = i;
            while (i < n) {
                int c = normal.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || isCjk(c) != cjk) {
                    break;
                }
                i += Character.charCount(c);
            }
            String run = normal.substring(start, i);
            if (cjk) {
                addBigrams(run, out);
            } else {
                out.add(run);
            }
        }
        return out;
    }

    /** True for code points of the Han, Hiragana, Katakana and Hangul scripts. */
    static boolean isCjk(int codePoint) {
        if (codePoint == 0x30FC) { // the katakana-hiragana prolonged sound mark is of the Common script
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static void addBigrams(String run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            out.add(new String(cps, k, 2));
        }
    }

    private static Map<String, Integer> bag(List<String> tokens) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : tokens) {
            bag.merge(t, 1, Integer::sum);
        }
        return bag;
    }

    private static int size(Map<String, Integer> bag) {
        int n = 0;
        for (int v : bag.values()) {
            n += v;
        }
        return n;
    }
}
