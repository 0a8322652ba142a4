package de.arbeitsgruppe.portal.account;

/** An account was deactivated: its owner can no longer log in and loses open sessions. */
public record AccountDeactivated(String username) {
}
