package de.arbeitsgruppe.portal.contact;

/** What the directory is filtered by; every part optional. */
public record ContactQuery(String text, ContactInterface contactInterface, Topic topic, String organisationId) {

    public static final ContactQuery ALL = new ContactQuery(null, null, null, null);
}
