package de.arbeitsgruppe.portal.shared.ui.calendar;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the calendar.
 *
 * @param id unique among all entries shown at once (the click and drop events name it)
 * @param start start; for an all-day entry the start of its first day in the calendar's zone
 * @param end end (exclusive); for an all-day entry the start of the day after its last
 * @param backgroundColour CSS hex colour, e.g. {@code #1a5fb4}
 * @param textColour CSS hex colour with a contrast of at least 4.5:1 to the background
 * @param editable whether the user may drag it to another time (the calendar must be editable too)
 * @param description longer text shown as the entry's tooltip, or null
 * @param link relative route the entry leads to (so it is a real link for keyboards and screen
 *        readers, and opens in a new tab with a middle click), or null
 * @param crossedOut shown struck through, e.g. a cancelled meeting
 */
public record CalendarEntry(String id, String title, Instant start, Instant end, boolean allDay,
        String backgroundColour, String textColour, boolean editable, String description, String link,
        boolean crossedOut) {

    public static final String DEFAULT_BACKGROUND = "#3a5a80";
    public static final String DEFAULT_TEXT = "#ffffff";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}");
    /** A path inside the portal: no scheme, no host, nothing a browser would run. */
    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~/%-]*(\\?[A-Za-z0-9._~/%&=-]*)?");

    public CalendarEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        end = end == null ? start : end;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("entry " + id + " ends before it starts");
        }
        backgroundColour = colour(backgroundColour, DEFAULT_BACKGROUND);
        textColour = colour(textColour, DEFAULT_TEXT);
        if (link != null && !LINK.matcher(link).matches()) {
            throw new IllegalArgumentException("not a relative route: " + link);
        }
    }

    /** An entry with a time: default colours, not editable, no link. */
    public static CalendarEntry timed(String id, String title, Instant start, Instant end) {
        return new CalendarEntry(id, title, start, end, false, null, null, false, null, null, false);
    }

    /** An entry for whole days (both inclusive), in the portal's zone: e.g. a due date. */
    public static CalendarEntry allDay(String id, String title, LocalDate first, LocalDate last) {
        return new CalendarEntry(id, title, first.atStartOfDay(Formats.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(Formats.ZONE).toInstant(), true, null, null, false, null, null, false);
    }

    public CalendarEntry withColours(String background, String text) {
        return new CalendarEntry(id, title, start, end, allDay, background, text, editable, description, link,
                crossedOut);
    }

    public CalendarEntry withEditable(boolean editable) {
        return new CalendarEntry(id, title, start, end, allDay, backgroundColour, textColour, editable, description,
                link, crossedOut);
    }

    public CalendarEntry withDescription(String description) {
        return new CalendarEntry(id, title, start, end, allDay, backgroundColour, textColour, editable, description,
                link, crossedOut);
    }

    public CalendarEntry withLink(String link) {
        return new CalendarEntry(id, title, start, end, allDay, backgroundColour, textColour, editable, description,
                link, crossedOut);
    }

    public CalendarEntry withCrossedOut(boolean crossedOut) {
        return new CalendarEntry(id, title, start, end, allDay, backgroundColour, textColour, editable, description,
                link, crossedOut);
    }

    private static String colour(String value, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!COLOUR.matcher(value).matches()) {
            throw new IllegalArgumentException("not a hex colour: " + value);
        }
        return value;
    }
}
