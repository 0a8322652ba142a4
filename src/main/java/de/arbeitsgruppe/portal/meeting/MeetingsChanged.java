package de.arbeitsgruppe.portal.meeting;

import java.util.List;

/**
 * Meetings were changed (time, place, agenda …) or cancelled by a coordinator. Invitees of those
 * already invited get an update; the calendar shows the new state.
 *
 * @param meetingIds the dates concerned, all of one series or a single meeting
 * @param cancelled whether they were cancelled (iCalendar METHOD:CANCEL) rather than changed
 */
public record MeetingsChanged(List<String> meetingIds, boolean cancelled) {
}
