package io.newsline.parser.profile;

/** A site file that cannot be used. The message names the file, the line, the field and what was expected. */
public final class SiteProfileException extends RuntimeException {
    public SiteProfileException(String message) {
        super(message);
    }

    public SiteProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
