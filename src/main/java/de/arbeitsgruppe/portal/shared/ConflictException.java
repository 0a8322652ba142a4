package de.arbeitsgruppe.portal.shared;

/** Someone else saved the same record since it was loaded: the caller shows a conflict. */
public class ConflictException extends RuntimeException {

    public ConflictException(Throwable cause) {
        super("record was changed by someone else", cause);
    }
}
