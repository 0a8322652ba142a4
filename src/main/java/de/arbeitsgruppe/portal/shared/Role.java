package de.arbeitsgruppe.portal.shared;

/** The roles of the portal; Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    ADMIN, COORDINATOR, MEMBER, PARTNER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String PARTNER_NAME = "PARTNER";

    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name().toLowerCase();
    }

    /** Staff of the three authorities and the group's office: they see everything internal. */
    public boolean isInternal() {
        return this != PARTNER;
    }
}
