package io.newsline.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static DeadLetter sample() {
        Exception cause = new IllegalStateException("body selector matched nothing",
                new UncheckedIOException(new IOException("truncated page")));
        return DeadLetter.of("https://www.newdaily.co.kr/x.html", "no body found", cause, "newdaily", "3",
                SampleRecords.FETCHED_AT);
    }

    @Test
    void summarizesTheCauseInAtMostTenFramesStartingWithTheException() {
        DeadLetter d = sample();

        assertThat(d.stackSummary().get(0)).isEqualTo("java.lang.IllegalStateException: body selector matched nothing");
        assertThat(d.stackSummary().stream().filter(l -> l.startsWith("at "))).hasSize(DeadLetter.MAX_FRAMES);
        assertThat(d.stackSummary().get(1)).startsWith("at io.newsline.record.DeadLetterTest.sample");
    }

    @Test
    void namesNestedCausesWhileFramesRemain() {
        Throwable shallow = new RuntimeException("outer", new IOException("inner"));
        shallow.setStackTrace(new StackTraceElement[] {new StackTraceElement("a.B", "c", "B.java", 1)});

        assertThat(DeadLetter.summarize(shallow)).startsWith("java.lang.RuntimeException: outer",
                "at a.B.c(B.java:1)", "Caused by: java.io.IOException: inner");
    }

    @Test
    void withoutACauseHasAnEmptySummary() {
        DeadLetter d = DeadLetter.of("https://x.kr/1", "not an article", null, null, null, SampleRecords.FETCHED_AT);

        assertThat(d.stackSummary()).isEmpty();
        assertThat(DeadLetterCodec.toJson(d)).contains("\"stackSummary\":[]").doesNotContain("profile");
    }

    @Test
    void decodesWhatItEncodesAndValidatesAgainstItsSchema() {
        DeadLetter d = sample();
        String json = DeadLetterCodec.toJson(d);

        assertThat(DeadLetterCodec.decode(DeadLetterCodec.encode(d))).isEqualTo(d);
        assertThat(json).startsWith("{\"schemaVersion\":1,\"url\":").contains("\"failedAt\":\"2025-01-24T06:01:02.345Z\"");
        assertThat(SchemaFiles.errors(SchemaFiles.DEAD_LETTER, json)).isEmpty();
    }

    @Test
    void aDeadLetterWithAFieldAddedInALaterReleaseStillValidates() {
        String json = DeadLetterCodec.toJson(sample()).replace("{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"attempts\":3,");

        assertThat(SchemaFiles.errors(SchemaFiles.DEAD_LETTER, json)).isEmpty();
    }
}
