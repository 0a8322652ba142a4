/**
 * Minutes of the meetings: notes and decisions per agenda item written during the session, sent
 * round for comments, approved, corrected in versions, sent as PDF/A; and the register of every
 * decision the working group took.
 */
@ApplicationModule(displayName = "Protokolle")
package de.arbeitsgruppe.portal.protocol;

import org.springframework.modulith.ApplicationModule;
