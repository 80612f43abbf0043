package io.newsline.crawler.cli;

import io.newsline.crawler.fetch.FetchConfig;
import io.newsline.crawler.fetch.ResolveEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The fetch options {@code crawl} and {@code worker} share (a picocli mixin): where hosts resolve, which CA to
 * trust, whether private addresses may be fetched, the politeness delay and the contact URL in the User-Agent.
 */
final class FetchOptions {
    private static final Pattern RESOLVE = Pattern.compile("[^:\\s]+:\\d{1,5}:\\S+");

    @Option(names = "--resolve", paramLabel = "HOST:PORT:ADDRESS",
            description = "Like curl: send requests for HOST:PORT to ADDRESS, keeping URL, Host header and TLS name. Repeatable.")
    List<String> resolve = new ArrayList<>();

    @Option(names = "--cacert", paramLabel = "FILE", description = "Also trust this CA certificate (PEM), besides the system ones.")
    Path cacert;

    @Option(names = "--allow-private-addresses",
            description = "Fetch hosts that resolve to loopback, private or link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.ZeroAllowed.class,
            description = "Minimum gap between two requests to one host, for every site (default: each site's politeness.delay, 1s).")
    Duration delay;

    @Option(names = "--contact", paramLabel = "URL",
            description = "Contact URL sent in the User-Agent, so site operators can reach you (default: none; the"
                    + " User-Agent then says '" + FetchConfig.NO_CONTACT_NOTE + "').")
    String contact;

    /** What is wrong with the options, as a message naming the option and the fix; empty when they are usable. */
    private Optional<String> problem() {
        for (String r : resolve) {
            if (!RESOLVE.matcher(r).matches()) {
                return Optional.of("--resolve '" + r + "' is not HOST:PORT:ADDRESS (e.g. www.newdaily.co.kr:443:127.0.0.1)");
            }
        }
        Optional<String> contactProblem = contact == null ? Optional.empty() : FetchConfig.contactProblem(contact);
        if (contactProblem.isPresent()) {
            return Optional.of("--contact " + contactProblem.get());
        }
        if (cacert != null && !Files.isReadable(cacert)) {
            return Optional.of("--cacert " + cacert + " cannot be read; give a PEM certificate file");
        }
        return Optional.empty();
    }

    /**
     * The HTTP client settings of a {@code crawl} or {@code worker} process: the defaults of this build with the
     * command line's contact URL, {@code --resolve} entries, CA and private-address switch.
     *
     * @throws IllegalArgumentException naming the option that is wrong and the fix
     */
    FetchConfig config() {
        problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return FetchConfig.defaults()
                .withContactUrl(contact == null ? FetchConfig.NO_CONTACT : contact)
                .withResolve(resolve.stream().map(ResolveEntry::parse).toList())
                .withCacert(cacert)
                .withAllowPrivateAddresses(allowPrivate);
    }

    /** The {@code --delay} override, if given. */
    Optional<Duration> delayOverride() {
        return Optional.ofNullable(delay);
    }
}
