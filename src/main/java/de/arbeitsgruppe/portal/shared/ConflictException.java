package de.arbeitsgruppe.portal.shared;

/** Someone else saved the same record since it was loaded: the caller shows a conflict. */
public class ConflictException extends RuntimeException {

    /** The caller found the stored version newer than the one it was given. */
    public ConflictException() {
        super("record was changed by someone else");
    }

    /** The database refused a save of an outdated version. */
    public ConflictException(Throwable cause) {
        super("record was changed by someone else", cause);
    }
}
