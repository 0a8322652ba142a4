package de.arbeitsgruppe.portal.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as German public-sector users read them: {@code 24.11.2026, 14:00}, Europe/Berlin. */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** A wall-clock time as it was entered (a series' first date), without converting it. */
    public static String dateTime(java.time.LocalDateTime wallClock) {
        return wallClock == null ? "" : DATE_TIME.format(wallClock);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** The end of a period as written after its start: the time alone on the same day, else date and time. */
    public static String end(Instant start, Instant end) {
        return sameDay(start, end) ? time(end) : dateTime(end);
    }

    public static boolean sameDay(Instant one, Instant other) {
        return one.atZone(ZONE).toLocalDate().equals(other.atZone(ZONE).toLocalDate());
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
