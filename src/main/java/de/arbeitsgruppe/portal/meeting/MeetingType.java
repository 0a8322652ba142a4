package de.arbeitsgruppe.portal.meeting;

/** The three kinds of dates the working group keeps; the calendar colours them apart. */
public enum MeetingType {
    /** Regular session of the fixed members ("Sitzung der Arbeitsgruppe"). */
    SESSION("#1a5fb4"),
    /** Talk between two agencies about their interface ("Schnittstellengespräch"). */
    INTERFACE_TALK("#26734d"),
    /** Joint event such as an employer information day ("Gemeinsame Veranstaltung"). */
    JOINT_EVENT("#a51d2d");

    private final String colour;

    MeetingType(String colour) {
        this.colour = colour;
    }

    /** Calendar colour; dark enough for white text (contrast above 4.5:1). */
    public String colour() {
        return colour;
    }

    public String translationKey() {
        return "meeting.type." + name().toLowerCase();
    }
}
