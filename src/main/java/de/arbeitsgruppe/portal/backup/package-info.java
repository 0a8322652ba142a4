/**
 * Backup and restore of the portal's whole database: every collection as MongoDB Extended JSON
 * (canonical, so dates, longs, ObjectIds and binaries come back as the same types) in one zip,
 * downloaded by an admin while the portal runs; restored only at start into an empty database
 * ({@code portal.restore}). For a real MongoDB, {@code mongodump}/{@code mongorestore} do the same
 * (README, "Backup and restore").
 */
@ApplicationModule(displayName = "Sicherung")
package de.arbeitsgruppe.portal.backup;

import org.springframework.modulith.ApplicationModule;
