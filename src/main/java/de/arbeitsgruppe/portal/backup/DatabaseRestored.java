package de.arbeitsgruppe.portal.backup;

/**
 * The portal started on an archive ({@code portal.restore}): the restore writes past Spring Data, so
 * the trail gets this one entry instead of one per document.
 */
public record DatabaseRestored(String archive, BackupManifest manifest) {
}
