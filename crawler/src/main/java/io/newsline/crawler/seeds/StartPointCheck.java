package io.newsline.crawler.seeds;

import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.StartPoints;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a site file a crawl cannot start from: no sitemap, feed or section page. Such a file is valid (its rules still
 * serve {@code newsline parse} and pages reached otherwise), but a crawl of it alone ends with nothing fetched, which
 * a user would otherwise only learn from an empty summary.
 */
final class StartPointCheck {
    private static final Pattern START_KEY = Pattern.compile("(?m)^start\\s*:");

    private StartPointCheck() {
    }

    /** The warning for {@code profile}, read from {@code file} whose text is {@code text}, or empty when it has start points. */
    static Optional<String> problem(Path file, SiteProfile profile, String text) {
        StartPoints start = profile.start();
        if (!start.sitemaps().isEmpty() || !start.feeds().isEmpty() || !start.sections().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file + ":" + line(text) + ": site '" + profile.name() + "' has no start points (start.sitemaps, "
                + "start.feeds and start.sections are empty), so a crawl discovers none of its articles; add its news "
                + "sitemap, a feed or a section page under 'start' (see docs/site-files.md)");
    }

    /** The line of the top-level {@code start:} key, else 1 (the block is missing: the file as a whole is meant). */
    private static int line(String text) {
        var m = START_KEY.matcher(text);
        if (!m.find()) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
