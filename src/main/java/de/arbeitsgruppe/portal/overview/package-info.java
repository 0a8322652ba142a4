/**
 * The start page ("Übersicht"): what waits for the user — their open and overdue tasks, their next
 * meetings, minutes waiting for their comments, their own contact entry when it is due for
 * confirmation — and for the office the overdue tasks by organisation and the entries to check.
 * It reads the other modules through their services; nothing depends on it.
 */
@ApplicationModule(displayName = "Übersicht")
package de.arbeitsgruppe.portal.overview;

import org.springframework.modulith.ApplicationModule;
