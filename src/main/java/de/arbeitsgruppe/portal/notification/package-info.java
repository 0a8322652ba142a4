/**
 * E-mail and in-app notices triggered by other modules' events. Every mail is kept in the outbox,
 * which admins read in the portal; with a mail server configured ({@code spring.mail.host}) it is
 * also sent.
 */
@ApplicationModule(displayName = "Benachrichtigungen")
package de.arbeitsgruppe.portal.notification;

import org.springframework.modulith.ApplicationModule;
