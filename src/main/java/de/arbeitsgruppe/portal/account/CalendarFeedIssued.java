package de.arbeitsgruppe.portal.account;

/** A user made a new personal calendar feed address; an earlier one stopped working. */
public record CalendarFeedIssued(String username) {
}
