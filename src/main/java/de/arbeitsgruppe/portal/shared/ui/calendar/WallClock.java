package de.arbeitsgruppe.portal.shared.ui.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The browser's side speaks in wall-clock times of the calendar's zone without an offset
 * ({@code 2026-11-24T14:00:00}, all-day dates as {@code 2026-11-24}); see portal-calendar.js.
 */
final class WallClock {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private WallClock() {
    }

    static String format(Instant instant, boolean allDay, ZoneId zone) {
        var local = instant.atZone(zone);
        return allDay ? local.toLocalDate().toString() : DATE_TIME.format(local.toLocalDateTime());
    }

    /** The moment a string from the browser names, or {@code fallback} when it names none. */
    static Instant instant(String text, boolean allDay, ZoneId zone, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            if (allDay || text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static CalendarViewType view(String name) {
        for (CalendarViewType type : CalendarViewType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return CalendarViewType.MONTH;
    }
}
