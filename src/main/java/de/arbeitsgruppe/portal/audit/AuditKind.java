package de.arbeitsgruppe.portal.audit;

/** What happened: a change of a record, or a security event. */
public enum AuditKind {
    CREATED, CHANGED, DELETED,
    LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_REFUSED,
    ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, ACCOUNT_ACTIVATED, ACCOUNT_DEACTIVATED, ROLE_CHANGED,
    FEED_CREATED, FEED_REVOKED,
    BACKUP_TAKEN, DATABASE_RESTORED;

    public String translationKey() {
        return "audit.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
