package de.arbeitsgruppe.portal.organisation;

/** What other modules need to know about an organisation. */
public record OrganisationSummary(String id, String name, String shortName, String alias,
        OrganisationKind kind, Membership membership) {
}
