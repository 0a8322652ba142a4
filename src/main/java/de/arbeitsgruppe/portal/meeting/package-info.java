/**
 * Meetings of the working group, interface talks and joint events: invitees, guests, agenda,
 * attendance and recurring series; the calendar and the iCalendar files and feeds built from them.
 */
@ApplicationModule(displayName = "Termine")
package de.arbeitsgruppe.portal.meeting;

import org.springframework.modulith.ApplicationModule;
