package io.newsline.crawler.cli;

/**
 * Turns SIGTERM and SIGINT into a graceful stop request, so that a crawl finishes its in-flight work, saves its
 * state and exits with its own status instead of the JVM's 143. Where the JVM does not allow signal handlers,
 * the shutdown hook of the command still stops the crawl (with the JVM's status).
 */
final class StopSignals {
    private StopSignals() {
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
