package de.arbeitsgruppe.portal.organisation;

/** Fixed member of the working group, or a partner around it. */
public enum Membership {
    MEMBER, PARTNER;

    public String translationKey() {
        return "organisation.membership." + name().toLowerCase();
    }
}
