package io.newsline.crawler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.crawler.run.CrawlRun;
import io.newsline.crawler.run.ErrorKind;
import io.newsline.crawler.run.RunStats;
import io.newsline.crawler.run.SkipReason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The end-of-run summary counts skips and errors by their typed kind and shows each kind's first message whole or cut at a word. */
class SummaryPrinterTest {
    private static final String HOST = "www.newdaily.co.kr";

    @ParameterizedTest
    @EnumSource(SkipReason.class)
    void skipsOfOneReasonMakeOneLineWithTheirCountAndListTheirDetails(SkipReason reason) {
        RunStats stats = new RunStats();
        stats.skipped(HOST, "https://www.newdaily.co.kr/a", reason, "first detail");
        stats.skipped(HOST, "https://www.newdaily.co.kr/b", reason, "second detail");
        stats.skipped(HOST, "https://www.newdaily.co.kr/c", reason, "");

        String summary = print(stats, 0);

        assertThat(summary).contains("skipped because:")
                .contains("    3  " + reason.label() + "\n           first detail\n           second detail\n");
    }

    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void errorsOfOneKindMakeOneLineWithTheirCountAndListTheirMessages(ErrorKind kind) {
        RunStats stats = new RunStats();
        stats.error(HOST, "https://www.newdaily.co.kr/a", kind, "HTTP 503 from https://www.newdaily.co.kr/a");
        stats.error(HOST, "https://www.newdaily.co.kr/b", kind, "connect timed out after 10 s");

        String summary = print(stats, 2);

        assertThat(summary).contains("errors by kind:")
                .contains("    2  " + kind.label() + "\n           HTTP 503 from https://www.newdaily.co.kr/a\n"
                        + "           connect timed out after 10 s\n");
    }

    @Test
    void aKindListsItsFirstFiveMessagesAndCountsTheRest() {
        RunStats stats = new RunStats();
        for (int i = 1; i <= 7; i++) {
            stats.error(HOST, "https://www.newdaily.co.kr/" + i, ErrorKind.FETCH_FAILED, "HTTP 503 from https://www.newdaily.co.kr/" + i);
        }

        String summary = print(stats, 7);

        assertThat(summary).contains("https://www.newdaily.co.kr/5\n           ... and 2 more\n")
                .doesNotContain("https://www.newdaily.co.kr/6");
    }

    @Test
    void kindsAreListedMostFrequentFirst() {
        RunStats stats = new RunStats();
        stats.skipped(HOST, "https://www.newdaily.co.kr/a", SkipReason.ROBOTS_DISALLOWED, "");
        for (int i = 0; i < 3; i++) {
            stats.skipped(HOST, "https://www.newdaily.co.kr/n" + i, SkipReason.NOT_ARTICLE, "a listing page");
        }

        String summary = print(stats, 0);

        assertThat(summary.indexOf("3  not an article")).isLessThan(summary.indexOf("1  robots.txt disallows"));
    }

    @Test
    void robotsSkipsCountInTheHostsRobotsColumnByReasonNotByWording() {
        RunStats stats = new RunStats();
        stats.skipped(HOST, "https://www.newdaily.co.kr/private", SkipReason.ROBOTS_DISALLOWED, "");
        stats.skipped(HOST, "https://www.newdaily.co.kr/late", SkipReason.NOT_FETCHED, "robots.txt of the host could not be read");

        assertThat(stats.host(HOST).robotsDenied.get()).isEqualTo(1);
        assertThat(stats.skipped(SkipReason.NOT_FETCHED)).isEqualTo(1);
    }

    @Test
    void aLongErrorMessageIsCutAtAWordWithAnEllipsisNeverInsideItsUrl() {
        String message = "host deferred, robots.txt unavailable: robots.txt unreadable (https://pk.newdaily.co.kr/robots.txt:"
                + " connect timed out after 10 s, 3 attempts, the last through a proxy that answered with a page of its own"
                + " explaining at length why); not crawling https://pk.newdaily.co.kr for now";
        RunStats stats = new RunStats();
        stats.error("pk.newdaily.co.kr", "https://pk.newdaily.co.kr/robots.txt", ErrorKind.ROBOTS_UNAVAILABLE, message);

        String shown = print(stats, 1).lines().filter(l -> l.contains("host deferred")).findFirst().orElseThrow().strip();

        assertThat(shown).endsWith(" …");
        String kept = shown.substring(0, shown.length() - " …".length());
        assertThat(message).startsWith(kept);
        assertThat(Character.isWhitespace(message.charAt(kept.length()))).as("a space follows the cut").isTrue();
    }

    @Test
    void aLongHostNameIsPrintedWhole() {
        RunStats stats = new RunStats();
        String host = "www.a-very-long-regional-news-site-name.example.co.kr";
        stats.fetched(host, "https://" + host + "/", 200, java.time.Duration.ofMillis(5));

        assertThat(print(stats, 0)).contains("  " + host + " ");
    }

    private static String print(RunStats stats, long errors) {
        StringWriter out = new StringWriter();
        new SummaryPrinter(new PrintWriter(out)).print(new CrawlRun.Outcome(stats, 1, 0, 0, 0, errors, 0, Optional.empty()));
        return out.toString().replace("\r\n", "\n");
    }
}
