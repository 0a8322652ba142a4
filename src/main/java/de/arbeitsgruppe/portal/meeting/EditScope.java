package de.arbeitsgruppe.portal.meeting;

/** Which dates of a series a change or cancellation applies to. */
public enum EditScope {
    /** Only this date; the rest of the series stays as it is. */
    THIS,
    /** This date and every later one of the series. */
    FOLLOWING;

    public String translationKey() {
        return "meeting.scope." + name().toLowerCase();
    }
}
