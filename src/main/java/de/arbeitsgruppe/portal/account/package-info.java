/**
 * Users, roles, local login and personal settings. Implements the shared {@code CurrentUser}, so
 * other modules learn who is logged in without depending on this one.
 */
@ApplicationModule(displayName = "Konten")
package de.arbeitsgruppe.portal.account;

import org.springframework.modulith.ApplicationModule;
