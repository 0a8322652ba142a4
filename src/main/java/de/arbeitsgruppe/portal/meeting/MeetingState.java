package de.arbeitsgruppe.portal.meeting;

/** Where a meeting stands: geplant, eingeladen, durchgeführt, abgesagt. */
public enum MeetingState {
    PLANNED, INVITED, HELD, CANCELLED;

    public String translationKey() {
        return "meeting.state." + name().toLowerCase();
    }
}
