package de.arbeitsgruppe.portal.organisation;

/** An organisation's name or short name changed; modules that show it copy the new one. */
public record OrganisationRenamed(String organisationId, String name, String shortName) {
}
