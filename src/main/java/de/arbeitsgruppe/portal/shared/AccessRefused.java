package de.arbeitsgruppe.portal.shared;

/**
 * A logged-in user was refused a page or action that exists ({@code target}: its address or name).
 * Published where the refusal is decided; the audit trail records it.
 */
public record AccessRefused(String target, String username) {
}
