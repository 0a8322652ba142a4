package de.arbeitsgruppe.portal.meeting;

/**
 * What became of the mails of an invitation, one per recipient.
 *
 * @param kept kept in the outbox only, as no mail server is configured
 * @param failed refused by the mail server (the outbox shows why)
 */
public record InvitationResult(int recipients, int sent, int kept, int failed) {
}
