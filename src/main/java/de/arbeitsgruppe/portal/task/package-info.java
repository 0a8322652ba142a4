/**
 * Tasks the working group assigns: each has an owner (a contact person or a whole organisation), a
 * due date and a history, reminds its owner by mail, repeats when it is a recurring duty, and comes
 * back under "Stand der Aufgaben" until it is done.
 */
@ApplicationModule(displayName = "Aufgaben")
package de.arbeitsgruppe.portal.task;

import org.springframework.modulith.ApplicationModule;
