package de.arbeitsgruppe.portal.account;

/** A password breaks the policy; {@link #translationKey()} says how. */
public class InvalidPasswordException extends RuntimeException {

    private final String translationKey;

    public InvalidPasswordException(String translationKey) {
        super(translationKey);
        this.translationKey = translationKey;
    }

    public String translationKey() {
        return translationKey;
    }
}
