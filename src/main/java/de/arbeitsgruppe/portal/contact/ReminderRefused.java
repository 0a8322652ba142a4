package de.arbeitsgruppe.portal.contact;

import java.time.Instant;

/**
 * A reminder the office may not send: the entry has no e-mail address, or the person was reminded
 * less than {@link Contact#REMINDER_INTERVAL} ago.
 *
 * @param nextAllowed when a reminder is possible again; null when the entry has no address
 */
public class ReminderRefused extends RuntimeException {

    private final Instant lastSent;
    private final Instant nextAllowed;

    ReminderRefused(String message, Instant lastSent, Instant nextAllowed) {
        super(message);
        this.lastSent = lastSent;
        this.nextAllowed = nextAllowed;
    }

    public boolean noAddress() {
        return nextAllowed == null;
    }

    public Instant lastSent() {
        return lastSent;
    }

    public Instant nextAllowed() {
        return nextAllowed;
    }
}
