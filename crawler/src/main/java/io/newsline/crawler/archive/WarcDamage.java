package io.newsline.crawler.archive;

import java.nio.file.Path;

/**
 * A place where a WARC file could not be read on (cut mid-record, a bad gzip member, a wrong Content-Length): the
 * records before it were read; the rest of the file was not.
 */
public record WarcDamage(Path file, long offset, String problem) {
    /** One line for people: {@code crawl.warc.gz at offset 81234: Unexpected end of ZLIB input stream}. */
    public String describe() {
        return file + " at offset " + offset + ": " + problem + " (records before it were replayed, the rest of the file was not)";
    }
}
