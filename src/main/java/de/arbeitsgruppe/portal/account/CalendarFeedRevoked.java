package de.arbeitsgruppe.portal.account;

/** A user revoked their personal calendar feed address. */
public record CalendarFeedRevoked(String username) {
}
