package de.arbeitsgruppe.portal.meeting;

import java.util.List;

/**
 * Who sends an invitation and who receives it, for the ORGANIZER and ATTENDEE lines of an
 * iCalendar request or cancellation.
 */
public record Participants(String organiserName, String organiserEmail, List<Attendee> attendees) {

    public Participants {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public record Attendee(String name, String email) {
    }
}
