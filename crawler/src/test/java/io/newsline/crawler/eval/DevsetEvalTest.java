package io.newsline.crawler.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Measures the generic extractor on a full development set when one is named, e.g.
 * {@code mvn -q -B -pl crawler -am test -Dtest=DevsetEvalTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnewsline.devset=/work/shared/devsets/readability-test-pages}. Skipped otherwise (CI has no devsets).
 * The floors sit a little under what was measured, so a regression fails the run.
 */
class DevsetEvalTest {

    @Test
    void genericExtractorKeepsItsScoreOnTheReadabilityPages() {
        String dir = System.getProperty("newsline.devset");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "set -Dnewsline.devset=DIR to run");

        EvalReport report = EvalRun.runGenericOnly(Path.of(dir));
        report.print(System.out);

        assertThat(report.meanF1()).isGreaterThanOrEqualTo(0.965);
        assertThat(report.pagesUnderHalf()).isLessThanOrEqualTo(2);
    }
}
