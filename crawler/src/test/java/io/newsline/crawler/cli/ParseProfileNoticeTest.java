package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsline parse} says which site file it used, so a generic extraction is never a silent surprise. */
class ParseProfileNoticeTest {
    private static final String URL = "https://www.newdaily.co.kr/site/data/html/2025/01/24/2025012400313.html";

    @TempDir
    Path tmp;

    @Test
    void parseRunOutsideTheRepositoryWithoutSeedsSaysNoSiteFileAppliedAndWhereItLooked() throws IOException {
        // the tests run in crawler/, which has no seeds folder: the default --seeds does not exist there
        Path missing = Path.of("seeds").toAbsolutePath().normalize();
        assertThat(missing).doesNotExist();

        Result r = run("parse", page().toString(), "--url", URL);

        assertThat(r.err).contains("no site file applies to www.newdaily.co.kr; looked for " + missing + ", which does not exist")
                .contains("generic extraction").contains("--seeds");
    }

    @Test
    void parseWithSeedsNamesTheSiteFileThatApplied() throws IOException {
        Path seeds = Path.of("..", "seeds");

        Result r = run("parse", page().toString(), "--url", URL, "--seeds", seeds.toString());

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).contains("site file " + seeds.resolve("newdaily.yaml") + " (profile 'newdaily') applies to www.newdaily.co.kr");
    }

    @Test
    void parseOfAPageOfAHostNoSiteFileCoversSaysSoAndNamesTheFolderItRead() throws IOException {
        Path seeds = Path.of("..", "seeds");

        Result r = run("parse", page().toString(), "--url", "https://www.unlisted.example/news/1", "--seeds", seeds.toString());

        assertThat(r.err).contains("no site file applies to www.unlisted.example; looked in " + seeds.toAbsolutePath().normalize() + " (");
    }

    private Path page() throws IOException {
        try (InputStream in = ParseProfileNoticeTest.class.getResourceAsStream("/e2e/newdaily/__files/2025012400313.html")) {
            Path file = tmp.resolve("article.html");
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsline.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {
    }
}
