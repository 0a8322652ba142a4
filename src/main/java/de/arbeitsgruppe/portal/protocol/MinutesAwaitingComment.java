package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.MeetingMinutes;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Minutes sent round that the user may still comment on.
 *
 * @param commentDeadline the last day for comments
 */
public record MinutesAwaitingComment(String meetingId, String meetingTitle, Instant meetingStart,
        LocalDate commentDeadline) {

    /** More than are ever sent round at once. */
    static final int LIMIT = 20;

    static MinutesAwaitingComment of(Meeting meeting, LocalDate commentDeadline) {
        return new MinutesAwaitingComment(meeting.getId(), meeting.getTitle(), meeting.getStart(), commentDeadline);
    }

    /** The minutes' page. */
    public String path() {
        return MeetingMinutes.path(meetingId);
    }
}
