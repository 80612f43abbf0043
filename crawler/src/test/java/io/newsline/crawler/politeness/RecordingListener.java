package io.newsline.crawler.politeness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every politeness event, for assertions. */
final class RecordingListener implements PolitenessListener {
    final List<String> backoffs = new CopyOnWriteArrayList<>();
    final List<Duration> backoffDurations = new CopyOnWriteArrayList<>();
    final List<String> parked = new CopyOnWriteArrayList<>();
    final List<String> robotsDenied = new CopyOnWriteArrayList<>();
    final List<String> deferred = new CopyOnWriteArrayList<>();
    final List<String> dropped = new CopyOnWriteArrayList<>();
    final List<String> blocked = new CopyOnWriteArrayList<>();
    final List<String> fatal = new CopyOnWriteArrayList<>();
    final Map<String, Duration> waitedForTurn = new ConcurrentHashMap<>();

    @Override
    public void waitedForTurn(String url, Duration waited) {
        waitedForTurn.put(url, waited);
    }

    @Override
    public void backedOff(String host, Duration wait) {
        backoffs.add(host);
        backoffDurations.add(wait);
    }

    @Override
    public void parked(String host, String reason) {
        parked.add(host + ": " + reason);
    }

    @Override
    public void robotsDenied(String url) {
        robotsDenied.add(url);
    }

    @Override
    public void deferred(String host, String reason) {
        deferred.add(host + ": " + reason);
    }

    @Override
    public void addressBlocked(String url, String reason) {
        blocked.add(url + ": " + reason);
    }

    @Override
    public void fatal(String url, Error error) {
        fatal.add(url + " " + error.getMessage());
    }

    @Override
    public void dropped(String url, String reason) {
        dropped.add(url);
    }
}
