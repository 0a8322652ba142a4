package de.arbeitsgruppe.portal.account;

/** A single sign-on login whose username belongs to the portal account of another identity. */
class ReusedUsernameException extends RuntimeException {

    ReusedUsernameException(String username) {
        super("username " + username + " belongs to the account of another single sign-on identity");
    }
}
