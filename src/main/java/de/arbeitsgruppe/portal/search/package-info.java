/**
 * Search terms shared by every search of the portal: the synonym list the office keeps
 * ("Bürgergeld" = "SGB II"), and the expansion of what a user typed into the words a record's
 * search tokens may hold. The directory uses it today; decisions, tasks and offers will too.
 */
@ApplicationModule(displayName = "Suche")
package de.arbeitsgruppe.portal.search;

import org.springframework.modulith.ApplicationModule;
