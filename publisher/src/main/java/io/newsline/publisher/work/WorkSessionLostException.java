package io.newsline.publisher.work;

/**
 * The worker's Kafka session is lost: its transaction was fenced or aborted, its consumer left the group, or the
 * broker is gone. Nothing since the last commit counts; the worker restarts from the committed state.
 */
public final class WorkSessionLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkSessionLostException(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
