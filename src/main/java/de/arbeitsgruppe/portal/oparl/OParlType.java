package de.arbeitsgruppe.portal.oparl;

/**
 * The OParl object types: those the portal publishes ({@link #stored()}) and those a Body must link as
 * lists even though the portal has none of them (persons: nobody agreed to be published; papers,
 * consultations, legislative terms, memberships: the working group has no such things).
 */
enum OParlType {
    SYSTEM("System", "system", "oparlSystems"),
    BODY("Body", "body", "oparlBodies"),
    ORGANIZATION("Organization", "organization", "oparlOrganizations"),
    MEETING("Meeting", "meeting", "oparlMeetings"),
    AGENDA_ITEM("AgendaItem", "agenda-item", "oparlAgendaItems"),
    FILE("File", "file", "oparlFiles"),
    LOCATION("Location", "location", "oparlLocations"),
    PERSON("Person", "person", null),
    PAPER("Paper", "paper", null),
    CONSULTATION("Consultation", "consultation", null),
    LEGISLATIVE_TERM("LegislativeTerm", "legislative-term", null),
    MEMBERSHIP("Membership", "membership", null);

    static final String SCHEMA = "https://schema.oparl.org/1.1/";

    private final String schemaName;
    private final String segment;
    /** One collection per type, so a list page reads only the documents of its type. */
    private final String collection;

    OParlType(String schemaName, String segment, String collection) {
        this.schemaName = schemaName;
        this.segment = segment;
        this.collection = collection;
    }

    String uri() {
        return SCHEMA + schemaName;
    }

    /** The path segment of an object of this type, {@code /oparl/v1/meeting/…}. */
    String segment() {
        return segment;
    }

    /** The path segment of the body's list of this type, {@code /oparl/v1/body/…/meetings}. */
    String listSegment() {
        return this == BODY ? "bodies" : segment + "s";
    }

    String collection() {
        return collection;
    }

    boolean stored() {
        return collection != null;
    }

    static OParlType ofSegment(String segment) {
        for (OParlType type : values()) {
            if (type.segment.equals(segment)) {
                return type;
            }
        }
        return null;
    }

    static OParlType ofListSegment(String segment) {
        for (OParlType type : values()) {
            if (type.listSegment().equals(segment)) {
                return type;
            }
        }
        return null;
    }
}
