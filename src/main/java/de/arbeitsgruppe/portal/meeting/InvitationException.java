package de.arbeitsgruppe.portal.meeting;

/** An invitation that cannot go out, e.g. nobody with an address is invited; nothing was sent. */
public class InvitationException extends RuntimeException {

    private final String translationKey;

    public InvitationException(String translationKey) {
        super(translationKey);
        this.translationKey = translationKey;
    }

    /** The message for the user, in the translation bundles. */
    public String translationKey() {
        return translationKey;
    }
}
