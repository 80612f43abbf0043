package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Usage that cannot work is refused at once with exit 2 and a line that says what to give instead. */
class CommandLineRefusalsTest {
    private static final String[] COMMANDS = {"crawl", "worker", "parse", "tail", "broker", "eval", "bench"};

    @TempDir
    Path tmp;

    @Test
    void newslineWithoutACommandPrintsTheUsageAndExitsTwo() {
        Result r = run();

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("Usage: newsline", "crawl", "worker");
    }

    @Test
    void benchRefusesZeroWorkersNamingTheAllowedRange() {
        Result r = run("bench", "--workers", "0");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--workers: 0", "from 1 to " + BenchCommand.MAX_WORKERS);
    }

    @Test
    void evalOfAFolderWithoutPagesExitsTwoAndSaysSo() {
        Result r = run("eval", tmp.toString());

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("no pages with gold text in " + tmp, "NAME.html + NAME.txt");
        assertThat(r.out).doesNotContain("0 pages");
    }

    @Test
    void parseRefusesAUrlThatIsNotAnHttpUrl() throws IOException {
        Path page = Files.writeString(tmp.resolve("page.html"), "");

        Result r = run("parse", page.toString(), "--url", "notaurl", "--seeds", tmp.resolve("none").toString());

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--url 'notaurl' is not an absolute http(s) URL");
    }

    @Test
    void tailRefusesANegativeMax() {
        Result r = run("tail", "--max", "-1", "--kafka", "127.0.0.1:1");

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains("--max -1 is negative", "leave --max out for no limit");
    }

    @Test
    void anEmptySiteFileIsReportedAsEmptyNamingTheFile() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Path empty = Files.createFile(seeds.resolve("blank.yaml"));

        Result r = run("parse", Files.writeString(tmp.resolve("page.html"), "").toString(), "--seeds", empty.toString());

        assertThat(r.exit).isEqualTo(Newsline.EXIT_CONFIG);
        assertThat(r.err).contains(empty + ": the file is empty").doesNotContain("No content to map");
    }

    @Test
    void theTopLevelHelpShowsEachCommandsSummaryAsAWholeSentence() {
        String help = run("--help").out;

        for (String command : COMMANDS) {
            String summary = summaryOf(help, command);
            assertThat(summary).as(command).endsWith(".");
        }
    }

    @Test
    void everyOptionValueIsShownAsAnUpperCasePlaceholder() {
        for (String command : COMMANDS) {
            assertThat(run(command, "--help").out).as(command + " --help").doesNotContain("=<");
        }
    }

    /** The text after {@code command} in the help's command list, continuation lines joined. */
    private static String summaryOf(String help, String command) {
        String[] lines = help.split("\\R");
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("  " + command + " ")) {
                summary.append(lines[i].substring(command.length() + 2).strip());
                for (int j = i + 1; j < lines.length && lines[j].startsWith("      "); j++) {
                    summary.append(' ').append(lines[j].strip());
                }
                return summary.toString();
            }
        }
        throw new AssertionError("no command " + command + " in:\n" + help);
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
