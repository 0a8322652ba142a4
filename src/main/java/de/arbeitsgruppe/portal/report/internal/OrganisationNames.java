package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The organisations' names of the user's working group, read once per section. */
@Component
class OrganisationNames {

    private final OrganisationManagement organisations;

    OrganisationNames(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    Map<String, String> all() {
        return organisations.summaries().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name, (a, b) -> a));
    }

    static String nameIn(Map<String, String> names, String organisationId, String unknown) {
        return organisationId == null ? unknown : names.getOrDefault(organisationId, unknown);
    }
}
