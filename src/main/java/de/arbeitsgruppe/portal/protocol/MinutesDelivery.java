package de.arbeitsgruppe.portal.protocol;

/**
 * What became of the mails with the minutes.
 *
 * @param sent handed to the mail server, or kept in the outbox where none is configured
 * @param failed refused by the mail server (the outbox shows why)
 */
public record MinutesDelivery(int sent, int failed) {
}
