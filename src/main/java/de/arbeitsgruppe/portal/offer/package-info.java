/**
 * Language courses and other offers: providers publish them (after the office's review), the office
 * sees where offers are missing, and everyone finds them in the public catalogue, in five languages.
 */
@ApplicationModule(displayName = "Angebote")
package de.arbeitsgruppe.portal.offer;

import org.springframework.modulith.ApplicationModule;
