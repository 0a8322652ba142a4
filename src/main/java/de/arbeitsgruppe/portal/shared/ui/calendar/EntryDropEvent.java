package de.arbeitsgruppe.portal.shared.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The user dragged an entry to another time. The browser already shows it there: a listener either
 * stores the move (and reloads the entries) or calls {@link #revert()}.
 */
@DomEvent("portal-calendar-drop")
public class EntryDropEvent extends ComponentEvent<FullCalendar> {

    private final String entryId;
    private final Instant start;
    private final Instant end;
    private final boolean allDay;

    /**
     * @param start new start as wall-clock time of the calendar's zone ({@code 2026-11-24T14:00:00},
     *        or a date for an all-day entry)
     * @param end new end in the same form; empty keeps the entry's duration
     */
    public EntryDropEvent(FullCalendar source, boolean fromClient, @EventData("event.detail.id") String entryId,
            @EventData("event.detail.start") String start, @EventData("event.detail.end") String end,
            @EventData("event.detail.allDay") boolean allDay) {
        super(source, fromClient);
        this.entryId = entryId;
        this.allDay = allDay;
        var zone = source.getTimeZone();
        this.start = WallClock.instant(start, allDay, zone, null);
        var before = getEntry();
        var keepingDuration = this.start == null || before.isEmpty() ? null
                : this.start.plus(Duration.between(before.get().start(), before.get().end()));
        this.end = WallClock.instant(end, allDay, zone, keepingDuration);
    }

    public String getEntryId() {
        return entryId;
    }

    /** The entry as it was before the move; empty when the id is not among the shown entries. */
    public Optional<CalendarEntry> getEntry() {
        return getSource().getEntry(entryId);
    }

    /** Where the entry came from, when the calendar loaded it from its sources. */
    public Optional<CalendarEntrySource> getEntrySource() {
        return getSource().getEntrySource(entryId);
    }

    /** The new start, or null when the browser sent none that makes sense. */
    public Instant getStart() {
        return start;
    }

    /** The new end, or null when the browser sent none that makes sense. */
    public Instant getEnd() {
        return end;
    }

    public boolean isAllDay() {
        return allDay;
    }

    /** Whether the move names a known, editable entry and a sensible new time. */
    public boolean isValid() {
        return start != null && end != null && !end.isBefore(start)
                && getEntry().map(CalendarEntry::editable).orElse(false) && getSource().isEditable();
    }

    /** Puts the entry back where it was in the browser. */
    public void revert() {
        getSource().revertDrop(entryId);
    }
}
