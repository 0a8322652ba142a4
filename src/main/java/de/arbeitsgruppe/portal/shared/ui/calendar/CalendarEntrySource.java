package de.arbeitsgruppe.portal.shared.ui.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Contributes entries to the shared calendar. Feature modules declare a Spring bean implementing
 * this (meetings, later tasks' due dates); the calendar asks every source for the range it shows
 * whenever the user pages or switches views, so nothing outside the visible range is loaded.
 * Sources run with the signed-in user and must return only what that user may see.
 */
@FunctionalInterface
public interface CalendarEntrySource {

    /**
     * Entries overlapping {@code [from, to)}.
     *
     * @param locale the user's language, for titles and descriptions
     */
    List<CalendarEntry> entries(Instant from, Instant to, Locale locale);

    /** What the colours of this source's entries mean, for the calendar's legend; nothing by default. */
    default List<Legend> legend() {
        return List.of();
    }

    /**
     * One colour of the legend.
     *
     * @param colour the entries' background colour
     * @param labelKey translation key of what it stands for
     */
    record Legend(String colour, String labelKey) {
    }
}
