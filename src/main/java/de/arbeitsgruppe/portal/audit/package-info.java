/**
 * The audit trail: who changed what and when, for every write of every module (captured from
 * Spring Data's save and delete events, so a module writes no audit code), and security events
 * (logins, refusals, locks, roles, feed addresses). Entries are only ever appended; the retention
 * job alone removes old ones.
 */
@ApplicationModule(displayName = "Verlauf")
package de.arbeitsgruppe.portal.audit;

import org.springframework.modulith.ApplicationModule;
