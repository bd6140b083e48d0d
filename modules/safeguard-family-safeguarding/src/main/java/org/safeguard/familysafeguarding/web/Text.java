package org.safeguard.familysafeguarding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small text helpers the pages share. */
public final class Text {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Text() {
    }

    /** The text split at line breaks: HTML would otherwise run the lines together. */
    public static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Stored UTC wall-clock time as an instant, for the {@code dateTime} helper. */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    /** A form field as typed: trimmed, CRLF as one character (as the character count shows it). */
    public static String clean(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }
}
