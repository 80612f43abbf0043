package io.newsline.publisher;

import org.apache.kafka.common.utils.internals.Exit;

/**
 * Stops an in-process broker's fatal fault from ending the JVM: Kafka's fault handler calls {@code Exit.halt} or
 * {@code Exit.exit}, which would kill the crawler (or a test run) with it. Installed once per JVM by
 * {@link EmbeddedBroker}; the broker then fails with an exception instead. {@code Exit} is an internal Kafka class
 * whose package moved in 4.4.0; it is pinned with the Kafka version in the parent POM.
 */
final class KafkaExitTrap {

    private static volatile boolean installed;

    private KafkaExitTrap() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        Exit.setExitProcedure((status, message) -> {
            throw new KafkaFatalException("exit", status, message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new KafkaFatalException("halt", status, message);
        });
        installed = true;
    }

    /** Thrown where an in-process Kafka would have ended the JVM. */
    static final class KafkaFatalException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        KafkaFatalException(String what, int status, String message) {
            super("the embedded Kafka broker hit a fatal error and asked to " + what + " the JVM (status " + status
                    + (message == null ? "" : ": " + message) + "); the broker is unusable, restart newsline");
        }
    }
}
