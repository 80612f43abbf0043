package io.newsline.crawler.state;

import java.nio.file.Path;

/**
 * The crawl state was kept for another articles topic or Kafka cluster than the run's: used as it is, it would
 * count articles as published that the run's topic never got. The message names both and the ways on.
 */
public final class StateMismatchException extends RuntimeException {
    private final StateBinding kept;
    private final StateBinding now;

    public StateMismatchException(Path stateFile, StateBinding kept, StateBinding now) {
        super("crawl state " + stateFile + " was kept for " + kept.describe() + ", but this run publishes to "
                + now.describe() + ": its URLs and article versions would count as already published there, so nothing"
                + " would be. Use a fresh --data for the new topic or cluster, or add --reset-state to forget the state"
                + " and publish every article again to topic '" + now.topic() + "'");
        this.kept = kept;
        this.now = now;
    }

    /** What the state was kept for. */
    public StateBinding kept() {
        return kept;
    }

    /** What the run publishes to. */
    public StateBinding now() {
        return now;
    }
}
