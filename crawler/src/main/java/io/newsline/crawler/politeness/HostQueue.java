package io.newsline.crawler.politeness;

import io.newsline.parser.profile.Politeness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * One host's waiting URLs and politeness state inside the {@link PoliteScheduler}: when its next request may start,
 * how many run, how often it failed in a row, whether it is parked. The rules for reacting to a task's
 * {@link HostFeedback} live here. Not thread-safe: the scheduler touches it only under its lock.
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

    /**
     * What the scheduler must report after a feedback: a backoff (or null), whether the host was parked just now
     * (then {@code parkedReason} is set), and the URLs given up with the reason.
     */
    record Reaction(Duration backoff, String parkedReason, List<String> dropped, String dropReason) {
        static final Reaction NONE = new Reaction(null, null, List.of(), null);

        void report(String host, PolitenessListener listener) {
            if (backoff != null) {
                listener.backedOff(host, backoff);
            }
            if (parkedReason != null) {
                listener.parked(host, parkedReason);
            }
            dropped.forEach(url -> listener.dropped(url, dropReason));
        }
    }

    HostQueue(String host, String profileName, Politeness politeness) {
        this.host = host;
        this.profileName = profileName;
        this.politeness = politeness;
        this.delay = politeness.delay();
    }

    boolean isParked() {
        return parkedReason != null;
    }

    boolean hasWork() {
        return !isParked() && !pending.isEmpty();
    }

    boolean canStart(Instant now) {
        return hasWork() && inFlight < politeness.connections() && !now.isBefore(nextAllowedAt);
    }

    /** Pushes the next start to at least {@code at}. */
    void notBefore(Instant at) {
        if (at.isAfter(nextAllowedAt)) {
            nextAllowedAt = at;
        }
    }

    /** Uses robots Crawl-delay as the gap when it is larger than the profile's delay. */
    void useCrawlDelay(Optional<Duration> crawlDelay) {
        Duration base = politeness.delay();
        delay = crawlDelay.filter(d -> d.compareTo(base) > 0).orElse(base);
    }

    /** Empties the queue, returning what was waiting. */
    List<PoliteScheduler.Item> drain() {
        List<PoliteScheduler.Item> all = new ArrayList<>(pending);
        pending.clear();
        return all;
    }

    /** Parks the host for the rest of the run; {@code current} (the item just run) is dropped with the queue. */
    Reaction park(String reason, PoliteScheduler.Item current) {
        if (isParked()) {
            return new Reaction(null, null, List.of(current.url()), parkedReason);
        }
        parkedReason = reason;
        List<String> dropped = new ArrayList<>();
        dropped.add(current.url());
        drain().forEach(i -> dropped.add(i.url()));
        return new Reaction(null, reason, dropped, reason);
    }

    /**
     * Applies the feedback of {@code item}'s run at {@code now}: success resets the failure count; Retry-After
     * (capped by backoffMax) or exponential backoff pushes the next start back, the URL is re-queued first while it
     * has attempts left, and {@code maxFailures} failures in a row park the host.
     */
    Reaction afterFeedback(PoliteScheduler.Item item, HostFeedback feedback, Instant now, DoubleSupplier random,
                           int maxAttempts, boolean closing) {
        if (feedback instanceof HostFeedback.Ok || feedback instanceof HostFeedback.NoRetry) {
            consecutiveFailures = 0;
            notBefore(now.plus(delay));
            return Reaction.NONE;
        }
        consecutiveFailures++;
        Duration wait;
        String reason;
        if (feedback instanceof HostFeedback.RetryAfter retry) {
            wait = retry.delay().compareTo(politeness.backoffMax()) <= 0 ? retry.delay() : politeness.backoffMax();
            reason = retry.reason();
        } else {
            wait = Backoff.after(consecutiveFailures, politeness.backoffBase(), politeness.backoffMax(), random);
            reason = ((HostFeedback.Failure) feedback).reason();
        }
        wait = wait.compareTo(delay) < 0 ? delay : wait;
        notBefore(now.plus(wait));
        if (consecutiveFailures >= politeness.maxFailures()) {
            Reaction parked = park("host " + host + " failed " + consecutiveFailures + " times in a row (last: " + reason
                    + "); parked for the rest of the run", item);
            return new Reaction(wait, parked.parkedReason(), parked.dropped(), parked.dropReason());
        }
        if (item.attempt() < maxAttempts && !closing) {
            pending.addFirst(new PoliteScheduler.Item(item.url(), item.task(), item.attempt() + 1, now));
            return new Reaction(wait, null, List.of(), null);
        }
        String why = closing ? "the run is shutting down" : "gave up after " + item.attempt() + " attempts (last: " + reason + ")";
        return new Reaction(wait, null, List.of(item.url()), why);
    }
}
