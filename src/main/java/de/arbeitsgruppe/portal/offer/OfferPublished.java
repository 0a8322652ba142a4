package de.arbeitsgruppe.portal.offer;

/** The office published an offer (or a change of it): the provider hears of it. */
public record OfferPublished(String offerId, String workingGroupId) {
}
