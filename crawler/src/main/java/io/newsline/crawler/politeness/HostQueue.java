package io.newsline.crawler.politeness;

import io.newsline.parser.profile.Politeness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One host's waiting URLs and politeness state inside the {@link PoliteScheduler}. Not thread-safe: the scheduler
 * touches it only under its lock.
 */
final class HostQueue {
    final String host;
    final String profileName;
    final Politeness politeness;
    final Deque<PoliteScheduler.Item> pending = new ArrayDeque<>();
    /** Minimum gap between two requests: the profile's delay, or robots Crawl-delay when larger. */
    Duration delay;
    Instant nextAllowedAt = Instant.EPOCH;
    int inFlight;
    int consecutiveFailures;
    String parkedReason;
    boolean deferNotified;

    HostQueue(String host, String profileName, Politeness politeness) {
        this.host = host;
        this.profileName = profileName;
        this.politeness = politeness;
        this.delay = politeness.delay();
    }

    boolean isParked() {
        return parkedReason != null;
    }

    boolean canStart(Instant now) {
        return !isParked() && !pending.isEmpty() && inFlight < politeness.connections() && !now.isBefore(nextAllowedAt);
    }

    /** Pushes the next start to at least {@code at}. */
    void notBefore(Instant at) {
        if (at.isAfter(nextAllowedAt)) {
            nextAllowedAt = at;
        }
    }
}
