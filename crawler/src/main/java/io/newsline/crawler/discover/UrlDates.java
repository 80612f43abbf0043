package io.newsline.crawler.discover;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a news URL carries in its path, as sites print it: {@code /2025/01/24/}, {@code /2025-01-24/},
 * {@code /20250124/}, or an article id that starts with the date ({@code /2025012400313.html}). The first plausible
 * date (years 1990 to 2099, a real calendar day) wins; digits inside a longer number that does not start with the date
 * are not read as one.
 */
public final class UrlDates {
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})([/-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12][0-9]|3[01])");

    private UrlDates() {
    }

    /** The date in {@code url}'s path, if it carries one. */
    public static Optional<LocalDate> of(String url) {
        int start = pathStart(url);
        Matcher m = DATE.matcher(url);
        m.region(start, url.length());
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year < 1990) {
                continue;
            }
            try {
                return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
            } catch (DateTimeException notADay) {
                // 2025/02/31: not a date; look further
            }
        }
        return Optional.empty();
    }

    /** Where the path starts: after {@code scheme://authority}, so a port or host name is never read as a date. */
    private static int pathStart(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return 0;
        }
        int slash = url.indexOf('/', scheme + 3);
        return slash < 0 ? url.length() : slash;
    }
}
