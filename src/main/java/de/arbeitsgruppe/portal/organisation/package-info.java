/**
 * Member authorities (Kommune, Agentur für Arbeit, Jobcenter) and partner organisations: their
 * profiles, kinds and membership in the working group.
 */
@ApplicationModule(displayName = "Organisationen")
package de.arbeitsgruppe.portal.organisation;

import org.springframework.modulith.ApplicationModule;
