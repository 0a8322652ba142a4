package de.arbeitsgruppe.portal.shared.ui.calendar;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/** The user clicked an entry, or pressed Enter on it. */
@DomEvent("portal-calendar-click")
public class EntryClickEvent extends ComponentEvent<FullCalendar> {

    private final String entryId;

    public EntryClickEvent(FullCalendar source, boolean fromClient, @EventData("event.detail.id") String entryId) {
        super(source, fromClient);
        this.entryId = entryId;
    }

    public String getEntryId() {
        return entryId;
    }

    /** The entry as the calendar shows it; empty when the id is not among the shown entries. */
    public Optional<CalendarEntry> getEntry() {
        return getSource().getEntry(entryId);
    }
}
