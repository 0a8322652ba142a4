/**
 * The register of data-exchange agreements between the authorities: per interface and pair of
 * organisations which categories of data pass, how, how often, on which legal basis and who answers
 * for it; the signed agreement as a PDF; the gaps; and a reminder before each review date.
 */
@ApplicationModule(displayName = "Datenaustausch")
package de.arbeitsgruppe.portal.exchange;

import org.springframework.modulith.ApplicationModule;
