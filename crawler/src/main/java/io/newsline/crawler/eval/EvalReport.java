package io.newsline.crawler.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of an evaluation run: one {@link PageScore} per page (sorted by name), the means over pages
 * and how many pages scored an F1 under 0.5.
 */
public record EvalReport(String mode, List<PageScore> pages) {

    public EvalReport {
        Objects.requireNonNull(mode, "mode");
        pages = List.copyOf(pages);
    }

    public double meanPrecision() {
        return pages.stream().mapToDouble(p -> p.score().precision()).average().orElse(0);
    }

    public double meanRecall() {
        return pages.stream().mapToDouble(p -> p.score().recall()).average().orElse(0);
    }

    public double meanF1() {
        return pages.stream().mapToDouble(p -> p.score().f1()).average().orElse(0);
    }

    /** Pages whose F1 is under 0.5. */
    public long pagesUnderHalf() {
        return pages.stream().filter(p -> p.score().f1() < 0.5).count();
    }

    /** Prints one line per page (precision, recall, F1, name, note) and a summary line. */
    public void print(PrintStream out) {
        for (PageScore p : pages) {
            out.println(String.format(Locale.ROOT, "%.3f %.3f %.3f  %s%s", p.score().precision(), p.score().recall(),
                    p.score().f1(), p.name(), p.note().isEmpty() ? "" : "  (" + p.note() + ")"));
        }
        out.println(summary());
    }

    /** One line: mode, page count, mean precision/recall/F1 and pages under 0.5. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %d pages, mean P %.4f R %.4f F1 %.4f, %d under 0.5", mode, pages.size(),
                meanPrecision(), meanRecall(), meanF1(), pagesUnderHalf());
    }
}
