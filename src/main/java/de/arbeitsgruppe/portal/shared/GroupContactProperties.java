package de.arbeitsgruppe.portal.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How visitors reach the working group's office: named on the login page (forgotten password, asking
 * for access) and on the public events page (questions, registration).
 *
 * @param email the office's address ({@code PORTAL_GROUP_CONTACT_EMAIL}); the default is the demo group's
 */
@ConfigurationProperties("portal.group-contact")
public record GroupContactProperties(@DefaultValue("koordination@landkreis-musterstadt.example") String email) {
}
