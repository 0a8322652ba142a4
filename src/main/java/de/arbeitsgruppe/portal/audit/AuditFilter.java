package de.arbeitsgruppe.portal.audit;

import java.time.LocalDate;

/** The admin page's filters; {@code null} means "any". Dates are days in Europe/Berlin, both included. */
public record AuditFilter(String username, String organisationId, String recordType, AuditKind kind,
        LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    boolean matches(AuditEntry entry) {
        return (username == null || username.equals(entry.actor().username()))
                && (organisationId == null || organisationId.equals(entry.actor().organisationId()))
                && (recordType == null || recordType.equals(entry.recordType()))
                && (kind == null || kind == entry.kind());
    }
}
