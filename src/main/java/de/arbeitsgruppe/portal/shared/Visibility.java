package de.arbeitsgruppe.portal.shared;

/** Who may see a record: members only, members and partners, or everyone. */
public enum Visibility {
    INTERNAL, PARTNERS, PUBLIC;

    public String translationKey() {
        return "visibility." + name().toLowerCase();
    }
}
