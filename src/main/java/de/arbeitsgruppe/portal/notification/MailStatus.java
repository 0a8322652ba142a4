package de.arbeitsgruppe.portal.notification;

/** What became of a mail: kept only (no mail server configured), handed to the mail server, or refused by it. */
public enum MailStatus {
    NOT_SENT_NO_SERVER, SENT, FAILED;

    public String translationKey() {
        return "outbox.status." + name().toLowerCase();
    }
}
