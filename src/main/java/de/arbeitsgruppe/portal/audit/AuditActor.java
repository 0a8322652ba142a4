package de.arbeitsgruppe.portal.audit;

import de.arbeitsgruppe.portal.shared.PortalUser;

/**
 * Who acted, as they were at that moment (names change later; the trail keeps what was true then).
 * No user: the portal itself (demo data, scheduled jobs, events handled in the background).
 */
public record AuditActor(String username, String displayName, String organisationId, String organisationName) {

    static final AuditActor SYSTEM = new AuditActor(null, null, null, null);

    static AuditActor of(PortalUser user) {
        return new AuditActor(user.username(), user.displayName(), user.organisationId(), user.organisationName());
    }

    static AuditActor named(String typedName) {
        return new AuditActor(typedName, null, null, null);
    }

    public boolean isSystem() {
        return username == null;
    }

    /** Whether this is a person with an account, rather than the portal or a name as typed at a failed login. */
    public boolean isAccount() {
        return username != null && displayName != null;
    }
}
