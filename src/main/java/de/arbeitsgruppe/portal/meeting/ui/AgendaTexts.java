package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.Formats;

/** Texts about a meeting shared by the agenda and attendance pages. */
final class AgendaTexts {

    private AgendaTexts() {
    }

    /** "08.12.2026, 10:00 bis 12:00 Uhr (120 Minuten)". */
    static String when(Component owner, Meeting meeting) {
        return owner.getTranslation("agenda.when", Formats.dateTime(meeting.getStart()),
                Formats.end(meeting.getStart(), meeting.getEnd()), meeting.duration().toMinutes());
    }

    /** "08.12.2026": the day of a meeting. */
    static String day(Meeting meeting) {
        return Formats.date(meeting.localStart().toLocalDate());
    }
}
