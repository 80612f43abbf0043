package io.newsline.crawler.cli;

import io.newsline.crawler.eval.EvalReport;
import io.newsline.crawler.eval.EvalRun;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newsline eval}: scores extraction against gold text. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction on a folder of pages with gold text: per-page and mean precision, recall and F1, and the count of pages under 0.5.",
                "Layouts: NAME/source.html + NAME/expected.html (Readability test pages), or NAME.html + NAME.txt.",
                "Tokens: NFKC lower case; runs of letters/digits; Han, Hiragana, Katakana and Hangul runs cut into character bigrams; bag-of-tokens F1."})
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of pages with gold text.")
    Path dir;

    @CommandLine.Option(names = "--generic-only",
            description = "Score the generic main-content extractor alone, without metadata, chrome rules and text cleanup.")
    boolean genericOnly;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("newsline eval: " + dir + " is not a folder; give a folder of NAME.html + NAME.txt pages or of NAME/source.html + NAME/expected.html");
            return Newsline.EXIT_CONFIG;
        }
        EvalReport report = genericOnly ? EvalRun.runGenericOnly(dir) : EvalRun.run(dir);
        if (report.pages().isEmpty()) {
            spec.commandLine().getErr().println("newsline eval: no pages with gold text in " + dir
                    + "; give a folder of NAME.html + NAME.txt pages or of NAME/source.html + NAME/expected.html");
            return Newsline.EXIT_CONFIG;
        }
        report.print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        return 0;
    }
}
