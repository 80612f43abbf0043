package io.newsline.crawler.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalRunTest {

    private static Path evalDir() throws URISyntaxException {
        return Path.of(EvalRunTest.class.getResource("/eval").toURI());
    }

    @Test
    void findsPagesInBothLayoutsAndIgnoresOtherFiles() throws Exception {
        assertThat(EvalCases.find(evalDir())).extracting(EvalCase::name).containsExactly("alpha", "beta");
    }

    @Test
    void scoresTheGenericExtractorOnEveryPage() throws Exception {
        EvalReport report = EvalRun.runGenericOnly(evalDir());

        assertThat(report.pages()).extracting(PageScore::name).containsExactly("alpha", "beta");
        assertThat(report.pages()).allSatisfy(p -> assertThat(p.score().f1()).isEqualTo(1.0));
        assertThat(report.meanF1()).isEqualTo(1.0);
        assertThat(report.pagesUnderHalf()).isZero();
    }

    @Test
    void scoresTheFullParserOnEveryPage() throws Exception {
        EvalReport report = EvalRun.run(evalDir());

        assertThat(report.pages()).extracting(PageScore::name).containsExactly("alpha", "beta");
        assertThat(report.meanF1()).isGreaterThan(0.5);
    }

    @Test
    void printsOneLinePerPageAndASummary() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EvalRun.runGenericOnly(evalDir()).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "1.000 1.000 1.000  alpha",
                "1.000 1.000 1.000  beta",
                "generic: 2 pages, mean P 1.0000 R 1.0000 F1 1.0000, 0 under 0.5");
    }

    @Test
    void takesThePageUrlFromTheCanonicalLinkElseAPlaceholder() {
        byte[] withCanonical = "<link rel=canonical href='https://a.example/x'><p>t</p>".getBytes(StandardCharsets.UTF_8);
        byte[] without = "<p>t</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(EvalRun.urlOf(withCanonical, "x")).isEqualTo("https://a.example/x");
        assertThat(EvalRun.urlOf(without, "beta")).isEqualTo("http://example.invalid/beta");
    }

    @Test
    void rejectsAMissingDirectoryNamingIt() {
        assertThatThrownBy(() -> EvalRun.runGenericOnly(Path.of("no/such/dir")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no/such/dir");
    }
}
