package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.List;

/**
 * What the register lacks: pairs of authorities on an interface without any agreement, and
 * agreements whose review date has passed.
 */
public record ExchangeGaps(List<Missing> missing, List<ExchangeAgreement> reviewOverdue) {

    public boolean isEmpty() {
        return missing.isEmpty() && reviewOverdue.isEmpty();
    }

    /** Two authorities on the two sides of an interface that have agreed nothing in the register. */
    public record Missing(ContactInterface contactInterface, OrganisationSummary first, OrganisationSummary second) {
    }
}
