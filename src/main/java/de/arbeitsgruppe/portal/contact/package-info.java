/**
 * The directory of contact persons and functional mailboxes ("Ansprechpartner") at the interfaces
 * between Kommune, Agentur für Arbeit and Jobcenter, with the interface matrix and vCard export.
 */
@ApplicationModule(displayName = "Ansprechpartner")
package de.arbeitsgruppe.portal.contact;

import org.springframework.modulith.ApplicationModule;
