package io.newsline.crawler.state;

/** The crawl state could not be read or written. The message names the file and what to do. */
public final class StateStoreException extends RuntimeException {

    /** What went wrong, for code that reacts to it. */
    public enum Reason {
        /** The disk holding the state file is full (SQLITE_FULL): nothing more can be recorded until space is freed. */
        DISK_FULL,
        /** Any other failure of the state store. */
        FAILED
    }

    private final Reason reason;

    public StateStoreException(String message, Throwable cause) {
        this(Reason.FAILED, message, cause);
    }

    public StateStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
