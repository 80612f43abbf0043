package io.newsline.crawler.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the test pages in a directory, in either layout: (a) one folder per page holding {@code source.html}
 * and {@code expected.html} (the Readability test-page layout), or (b) flat {@code NAME.html} files each with
 * a {@code NAME.txt} gold text beside them. Pages are returned sorted by name; an HTML file without its gold
 * is skipped.
 */
public final class EvalCases {

    private EvalCases() {
    }

    /** The pages under {@code dir}; fails naming the directory when it is not one or cannot be read. */
    public static List<EvalCase> find(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("eval directory " + dir + " does not exist or is not a directory;"
                    + " pass a folder of NAME/source.html + NAME/expected.html or NAME.html + NAME.txt");
        }
        List<EvalCase> cases = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                String file = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    Path source = entry.resolve("source.html");
                    Path expected = entry.resolve("expected.html");
                    if (Files.isRegularFile(source) && Files.isRegularFile(expected)) {
                        cases.add(new EvalCase(file, source, expected, true));
                    }
                } else if (file.endsWith(".html")) {
                    String stem = file.substring(0, file.length() - ".html".length());
                    Path gold = dir.resolve(stem + ".txt");
                    if (Files.isRegularFile(gold)) {
                        cases.add(new EvalCase(stem, entry, gold, false));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list eval directory " + dir + ": " + e.getMessage(), e);
        }
        cases.sort(Comparator.comparing(EvalCase::name));
        return cases;
    }
}
