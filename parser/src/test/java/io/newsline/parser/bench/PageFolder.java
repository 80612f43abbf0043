package io.newsline.parser.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of pages to measure: {@code NAME.html} files or {@code NAME/source.html} folders (the Readability layout). */
final class PageFolder {

    private PageFolder() {
    }

    /** The pages in {@code dir}, sorted; only those named (see {@link #nameOf}) when {@code names} is not empty. */
    static List<Path> pagesIn(Path dir, List<String> names) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder of pages (NAME.html or NAME/source.html)");
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            List<Path> pages = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().equals("source.html")
                            || f.getFileName().toString().endsWith(".html") && f.getParent().equals(dir))
                    .filter(f -> names.isEmpty() || names.contains(nameOf(dir, f)))
                    .sorted().toList();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException(dir + " holds no pages (NAME.html or NAME/source.html)"
                        + (names.isEmpty() ? "" : " named " + names));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** A page's name: its folder's name, or its file name without {@code .html}. */
    static String nameOf(Path dir, Path file) {
        return file.getParent().equals(dir) ? file.getFileName().toString().replaceFirst("\\.html$", "")
                : file.getParent().getFileName().toString();
    }
}
