package io.newsline.parser.meta;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The words Korean, Chinese and Japanese pages put before a twelve-hour time, and the 24-hour hour they make of
 * it: {@code 오후 3:05} and {@code 下午3:05} are 15:05, {@code 晚上8点} is 20:00, {@code 中午12:30} stays 12:30 and
 * {@code 中午1:00} is 13:00, {@code 凌晨1:10} is 01:10, {@code 오전 12:10} is 00:10.
 */
enum DayPart {
    /** Before noon: 12 is midnight. */
    MORNING("오전", "새벽", "上午", "凌晨", "早上", "早晨", "清晨", "午前"),
    /** Around noon: 11 and 12 as written, 1 to 10 in the afternoon. */
    NOON("中午", "正午"),
    /** After noon: 1 to 11 in the afternoon or evening, 12 is noon. */
    AFTERNOON("오후", "下午", "晚上", "傍晚", "午後");

    /** A regular-expression alternation of every marker, longest first. */
    static final String MARKERS = Arrays.stream(values()).flatMap(p -> Arrays.stream(p.words))
            .sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));

    private final String[] words;

    DayPart(String... words) {
        this.words = words;
    }

    /** The day part a marker names; {@code marker} must be one of {@link #MARKERS}. */
    static DayPart of(String marker) {
        for (DayPart part : values()) {
            for (String word : part.words) {
                if (word.equals(marker)) {
                    return part;
                }
            }
        }
        throw new IllegalArgumentException("not a day-part marker: " + marker);
    }

    /** The 24-hour hour of {@code hour} (1 to 12, or 0) written after this day part. */
    int hour(int hour) {
        return switch (this) {
            case MORNING -> hour == 12 ? 0 : hour;
            case NOON -> hour >= 1 && hour <= 10 ? hour + 12 : hour;
            case AFTERNOON -> hour < 12 ? hour + 12 : hour;
        };
    }
}
