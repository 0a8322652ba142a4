package de.arbeitsgruppe.portal.account;

import java.time.Instant;

/** An account was locked after too many failed logins, until the given time. */
public record AccountLocked(String username, Instant until) {
}
