package io.newsline.parser.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print into an {@link OffsetDateTime}: ISO-8601 with or without a colon in the offset
 * ({@code 2025-05-15T20:00:52.000+0900}), date-time with a space ({@code 2025-05-28 01:05:24}), Korean forms
 * ({@code 2025.01.24 14:55}, two-digit years {@code 25.01.24 14:55}, {@code 2025년 1월 24일 오후 2:55}, {@code 2025.01.24 (14:55)}), Chinese forms ({@code 2025年1月24日10:30},
 * {@code 2025年01月24日 下午3:05}, {@code 晚上8点30分}; the day parts of {@link DayPart}), RFC-1123 ({@code Fri, 24 Jan 2025 05:55:00 GMT}),
 * full-width digits ({@code ２０２５年１月２４日}), a year apart from month and day ({@code 2025 01/24 10:16}, as a
 * layout printing the year in an element of its own reads), English month names ({@code January 24, 2025}) and epoch seconds or milliseconds. A date without an offset is
 * read in the zone given by the caller (the site's zone). Text after the date is ignored. Thread-safe.
 */
public final class DateParser {
    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{4}|\\d{2}(?=\\.\\d{1,2}\\.\\d{1,2}(?!\\d)))"
                    // the year printed apart from month/day, in an element of its own: 2025 01/24 10:16:48
                    + "(?:\\s*[-./년年]\\s*|\\s+(?=\\d{1,2}[-/]\\d))(\\d{1,2})\\s*[-./월月]\\s*(\\d{1,2})(?:\\s*[일日])?\\.?"
                    // 2025-01-24T10:30, 2025年1月24日10:30 (no space), 2025.01.24 (금) 10:30, 2025年1月24日 星期五 10:30
                    + "(?:(?:T|\\s*(?:[(（][^)）]{1,3}[)）])?\\s*(?:(?:星期|周|週)[一二三四五六日天]\\s*)?)"
                    // the time in brackets: 2025.01.24 (10:30)
                    + "(?:[(（]\\s*)?(?:(" + DayPart.MARKERS + "|AM|PM|am|pm)\\s*)?"
                    + "(\\d{1,2})\\s*(?::|[시时時点點]\\s*)(\\d{2}|\\d(?=\\s*[분分]))(?:\\s*[:분分]\\s*(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(?:초|분|秒|分)?"
                    + "(?:\\s*(AM|PM|am|pm|오전|오후))?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT|KST)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?");
    private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
    private static final Pattern MONTH_NAMES = Pattern.compile(
            "^(?:[A-Za-z]{3,9},?\\s+)?(?:([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4}))"
                    + "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?");

    /**
     * A date read from text, and whether the text gave a time of day: {@code 2025-01-24} reads as midnight, which
     * a date line printing the time on the same day may refine.
     */
    public record Reading(OffsetDateTime value, boolean hasTime) {
        public Reading {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Parses {@code text}; a date without an offset is taken in {@code zone}. Empty when it is not a date. */
    public Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        return read(text, zone).map(Reading::value);
    }

    /** Like {@link #parse}, telling also whether {@code text} held a time of day. */
    public Optional<Reading> read(String text, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        if (text == null) {
            return Optional.empty();
        }
        String t = FullWidth.fold(text.strip());
        if (t.isEmpty() || t.length() > 200) {
            return Optional.empty();
        }
        try {
            if (EPOCH.matcher(t).matches()) {
                long n = Long.parseLong(t);
                Instant instant = t.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                return Optional.of(new Reading(instant.atOffset(ZoneOffset.UTC), true));
            }
            Matcher m = NUMERIC.matcher(t);
            if (m.find()) {
                return Optional.of(new Reading(numeric(m, zone), m.group(5) != null));
            }
            if (Character.isLetter(t.charAt(0)) || Character.isDigit(t.charAt(0))) { // Fri, 24 Jan / 24 January 2025
                Optional<OffsetDateTime> rfc = rfc1123(t);
                if (rfc.isPresent()) {
                    return rfc.map(d -> new Reading(d, true));
                }
                Matcher named = MONTH_NAMES.matcher(t);
                if (named.find()) {
                    return monthName(named, zone).map(d -> new Reading(d, named.group(7) != null));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2025-13-45 and the like: not a date
        }
        return Optional.empty();
    }

    private static OffsetDateTime numeric(Matcher m, ZoneId zone) {
        int year = Integer.parseInt(m.group(1));
        // a two-digit year (25.01.24, as Korean pages print it) is of this century
        LocalDate date = LocalDate.of(m.group(1).length() == 2 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(5) != null) {
            int hour = Integer.parseInt(m.group(5));
            hour = twelveHour(hour, m.group(4) != null ? m.group(4) : m.group(9));
            int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            int nanos = m.group(8) == null ? 0 : Integer.parseInt((m.group(8) + "000000000").substring(0, 9));
            time = LocalTime.of(hour, Integer.parseInt(m.group(6)), second, nanos);
        }
        return at(LocalDateTime.of(date, time), m.group(10), zone);
    }

    private static Optional<OffsetDateTime> monthName(Matcher m, ZoneId zone) {
        String month = m.group(1) != null ? m.group(1) : m.group(5);
        int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int year = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(6));
        Optional<Integer> monthNumber = monthOf(month);
        if (monthNumber.isEmpty()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(7) != null) {
            String ampm = m.group(10) == null ? null : m.group(10).replace(".", "");
            time = LocalTime.of(twelveHour(Integer.parseInt(m.group(7)), ampm), Integer.parseInt(m.group(8)),
                    m.group(9) == null ? 0 : Integer.parseInt(m.group(9)));
        }
        return Optional.of(at(LocalDateTime.of(LocalDate.of(year, monthNumber.get(), day), time), m.group(11), zone));
    }

    private static Optional<Integer> monthOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static int twelveHour(int hour, String marker) {
        if (marker == null) {
            return hour;
        }
        if (marker.equalsIgnoreCase("PM")) {
            return hour < 12 ? hour + 12 : hour;
        }
        if (marker.equalsIgnoreCase("AM")) {
            return hour == 12 ? 0 : hour;
        }
        return DayPart.of(marker).hour(hour);
    }

    private static OffsetDateTime at(LocalDateTime local, String offsetText, ZoneId zone) {
        if (offsetText == null) {
            return local.atZone(zone).toOffsetDateTime();
        }
        return local.atOffset(offset(offsetText));
    }

    private static ZoneOffset offset(String text) {
        String t = text.replace(" ", "");
        if (t.equals("Z") || t.equals("UTC") || t.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        if (t.equals("KST")) {
            return ZoneOffset.ofHours(9);
        }
        if (t.startsWith("UTC") || t.startsWith("GMT") || t.startsWith("KST")) {
            t = t.substring(3);
        }
        String sign = t.substring(0, 1);
        String digits = t.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        return sign.equals("-") ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }

    private static Optional<OffsetDateTime> rfc1123(String t) {
        try {
            return Optional.of(OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
