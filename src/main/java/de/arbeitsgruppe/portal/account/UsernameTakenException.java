package de.arbeitsgruppe.portal.account;

/** Another account already has this login name. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("username taken: " + username);
    }
}
