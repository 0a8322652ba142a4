package de.arbeitsgruppe.portal.account;

/** A deactivated account was activated again: its owner may log in. */
public record AccountActivated(String username) {
}
