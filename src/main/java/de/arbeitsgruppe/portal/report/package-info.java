/**
 * The working group's report to the leadership of its member organisations: figures of a period from
 * what the portal holds (meetings, decisions, tasks, the interface matrix, offers), as a page with
 * charts, as PDF/A, CSV and XLSX; sent reports kept as frozen snapshots, sent on demand or quarterly.
 */
@ApplicationModule(displayName = "Berichte")
package de.arbeitsgruppe.portal.report;

import org.springframework.modulith.ApplicationModule;
