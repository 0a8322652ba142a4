package de.arbeitsgruppe.portal.account;

/** An admin lifted the lock of an account; its owner may log in again at once. */
public record AccountUnlocked(String username) {
}
