package io.newsline.crawler.cli;

/**
 * Turns SIGTERM and SIGINT into a graceful stop request, so that a crawl finishes its in-flight work, saves its
 * state and exits with its own status instead of the JVM's 143. Where the JVM does not allow signal handlers,
 * the shutdown hook of the command ({@link #onShutdown}) still stops the crawl (with the JVM's status).
 */
final class StopSignals {
    private StopSignals() {
    }

    /** A registered shutdown hook; closing it unregisters the hook (unless the JVM is already running it). */
    interface Hook extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code stopAndWait} on a thread named {@code name} if the JVM shuts down before the hook is closed. */
    static Hook onShutdown(String name, Runnable stopAndWait) {
        Thread thread = new Thread(stopAndWait, name);
        Runtime.getRuntime().addShutdownHook(thread);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(thread);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running; it waits for the stop it asked for
            }
        };
    }

    @SuppressWarnings("restriction")
    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    System.err.println("newsline: SIG" + name + " received: finishing in-flight work and saving state");
                    stop.run();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this JVM or OS does not let us handle the signal; the shutdown hook covers it
            }
        }
    }
}
