/**
 * The open OParl 1.1 interface: the working group's public meetings, agenda items, decisions and
 * approved minutes as JSON for council information systems and citizens' tools, read-only and without
 * a login. It reads the other modules only through their public methods and keeps its own projection,
 * which remembers when each published object appeared, changed and was withdrawn.
 */
@ApplicationModule(displayName = "OParl")
package de.arbeitsgruppe.portal.oparl;

import org.springframework.modulith.ApplicationModule;
