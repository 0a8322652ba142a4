package de.arbeitsgruppe.portal.meeting;

/** Whether an invitee was there: anwesend, entschuldigt, nicht erschienen. */
public enum Attendance {
    PRESENT, EXCUSED, ABSENT;

    public String translationKey() {
        return "meeting.attendance." + name().toLowerCase();
    }
}
