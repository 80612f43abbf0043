package io.newsline.crawler.archive;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which responses {@code newsline replay} takes: URLs matching {@code urlPattern} (anywhere in the URL), of one of
 * {@code hosts} (all when empty), with a WARC date in {@code [since, until)}.
 */
public record ReplayFilter(Optional<Pattern> urlPattern, Set<String> hosts, Optional<Instant> since, Optional<Instant> until) {

    public static final ReplayFilter ALL = new ReplayFilter(Optional.empty(), Set.of(), Optional.empty(), Optional.empty());

    public ReplayFilter {
        Objects.requireNonNull(urlPattern, "urlPattern");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (since.isPresent() && until.isPresent() && !since.get().isBefore(until.get())) {
            throw new IllegalArgumentException("--since " + since.get() + " must be before --until " + until.get());
        }
    }

    /** True when a response of {@code url} on {@code host} archived at {@code date} is replayed. */
    public boolean accepts(String url, String host, Instant date) {
        return urlPattern.map(p -> p.matcher(url).find()).orElse(true)
                && (hosts.isEmpty() || hosts.contains(host.toLowerCase(Locale.ROOT)))
                && since.map(s -> !date.isBefore(s)).orElse(true)
                && until.map(date::isBefore).orElse(true);
    }
}
