package de.arbeitsgruppe.portal.account;

/** Someone of the group's own staff, as a choice in a form: login name and name. */
public record StaffMember(String username, String displayName) {
}
