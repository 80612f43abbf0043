package io.newsline.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.crawler.testing.LocalSite;
import io.newsline.parser.ParseResult;
import io.newsline.parser.page.Page;
import io.newsline.parser.profile.ExtractionInterrupted;
import io.newsline.parser.profile.SiteProfile;
import io.newsline.parser.profile.SiteProfileLoader;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-page time limit, against a site file whose {@code dropText} would run for centuries: a limit of 200 ms
 * against that, so no test depends on the machine's speed.
 */
class TimeLimitedParserTest {
    private static final Duration SHORT = Duration.ofMillis(200);
    private static final SiteProfile BACKTRACKING = new SiteProfileLoader().load("seeds/backtracking.yaml",
            new ByteArrayInputStream(LocalSite.resource("/backtracking/backtracking.yaml")));
    private static final Page STUCK = page("/news/1", "/backtracking/stuck.html");
    private static final Page CALM = page("/news/2", "/backtracking/calm.html");

    private final TimeLimitedParser parser = new TimeLimitedParser(new PageTimeLimit(SHORT));

    private static Page page(String path, String resource) {
        return new Page("https://www.backtracking.example" + path, LocalSite.resource(resource), "text/html", Instant.EPOCH);
    }

    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    @Test
    void aPageOverItsTimeLimitFailsNamingTheLimitTheExpressionAndWhereItIsWritten() {
        ParseResult result = parser.parse(STUCK, BACKTRACKING);

        assertThat(result).isInstanceOf(ParseResult.Failed.class);
        ParseResult.Failed failed = (ParseResult.Failed) result;
        assertThat(failed.reason()).startsWith("extraction took longer than 200 ms; the regular expression '^(.*a){20}$' "
                + "(seeds/backtracking.yaml:13, field extract.dropText[1]) was still matching and may backtrack catastrophically");
        assertThat(failed.cause()).isInstanceOf(ExtractionInterrupted.class);
    }

    @Test
    void theThreadIsNoLongerInterruptedAfterAPageOverItsLimitAndParsesTheNextPage() {
        parser.parse(STUCK, BACKTRACKING);

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        TimeLimitedParser patient = new TimeLimitedParser(PageTimeLimit.DEFAULT);
        assertThat(patient.parse(CALM, BACKTRACKING)).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void aWatchdogNeverInterruptsTheThreadOnceItsPageIsDone() throws InterruptedException {
        // limits about as long as a page, so that watchdogs fire before, during and just after the page ends
        TimeLimitedParser hurried = new TimeLimitedParser(new PageTimeLimit(Duration.ofNanos(1)));
        TimeLimitedParser tight = new TimeLimitedParser(new PageTimeLimit(Duration.ofMillis(2)));
        for (int i = 0; i < 200; i++) {
            (i % 2 == 0 ? hurried : tight).parse(CALM, BACKTRACKING);
            assertThat(Thread.currentThread().isInterrupted()).as("interrupted after page %d", i).isFalse();
        }
        Thread.sleep(50); // any late watchdog would have fired by now, and the sleep would throw
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptFromElsewhereIsPassedOnNotTakenForTheTimeLimit() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> new TimeLimitedParser(PageTimeLimit.DEFAULT).parse(CALM, BACKTRACKING))
                .isInstanceOf(ExtractionInterrupted.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void refusesATimeLimitThatIsNotPositive() {
        assertThatThrownBy(() -> new PageTimeLimit(Duration.ZERO)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new PageTimeLimit(Duration.ofSeconds(-1))).hasMessageContaining("must be positive");
    }

    @Test
    void theDefaultLimitIsTenSeconds() {
        assertThat(PageTimeLimit.DEFAULT.perPage()).isEqualTo(Duration.ofSeconds(10));
        assertThat(PageTimeLimit.DEFAULT).hasToString("10 s");
    }
}
