package io.newsline.crawler.archive;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A WARC file could not be written (disk full, directory gone); the message names the file and the way out. */
public final class ArchiveException extends UncheckedIOException {
    public ArchiveException(String message, IOException cause) {
        super(message, cause);
    }
}
