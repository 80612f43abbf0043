package io.newsline.crawler.eval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One test page: its name (folder or file stem), the HTML to extract from, and the gold file, which is
 * either an HTML rendering of the expected content ({@code expected.html}) or plain text ({@code NAME.txt}).
 */
public record EvalCase(String name, Path source, Path gold, boolean goldIsHtml) {
    public EvalCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(gold, "gold");
    }
}
