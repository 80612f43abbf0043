package io.newsline.crawler.eval;

import io.newsline.parser.eval.TokenF1;
import java.util.Objects;

/**
 * The score of one test page; {@code note} says why the page scored zero when extraction gave nothing
 * (e.g. "not an article: ...", "failed: ..."), and is empty otherwise.
 */
public record PageScore(String name, TokenF1.Score score, String note) {
    public PageScore {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(score, "score");
        note = note == null ? "" : note;
    }
}
