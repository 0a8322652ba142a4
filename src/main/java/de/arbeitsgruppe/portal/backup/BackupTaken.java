package de.arbeitsgruppe.portal.backup;

/** An admin downloaded a copy of the whole database: a data export the audit trail names. */
public record BackupTaken(String fileName) {
}
