package io.newsline.crawler.archive;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A place where a WARC file could not be read on (cut mid-record, a bad gzip member, a wrong Content-Length): the
 * records before it were read; the bytes from {@code offset} to {@code resumedAt} were skipped, and reading went on
 * at {@code resumedAt}, the next record start found; without one the rest of the file was not read.
 */
public record WarcDamage(Path file, long offset, String problem, OptionalLong resumedAt) {
    public WarcDamage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(resumedAt, "resumedAt (OptionalLong.empty() when nothing after it was read)");
    }

    /** One line for people: {@code crawl.warc.gz at offset 81234: Unexpected end of ZLIB input stream (...)}. */
    public String describe() {
        String head = file + " at offset " + offset + ": " + problem;
        if (resumedAt.isPresent()) {
            return head + " (bytes " + offset + ".." + resumedAt.getAsLong() + " skipped; replay resumed at the next record, offset "
                    + resumedAt.getAsLong() + ")";
        }
        return head + " (records before it were replayed; no record start was found after it)";
    }
}
