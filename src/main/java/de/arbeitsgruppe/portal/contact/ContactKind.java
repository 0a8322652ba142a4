package de.arbeitsgruppe.portal.contact;

/** A named person, or a functional mailbox ("zentrale E-Mail-Adresse") that a team reads. */
public enum ContactKind {
    PERSON, MAILBOX;

    public String translationKey() {
        return "contact.kind." + name().toLowerCase();
    }
}
