package de.arbeitsgruppe.portal.offer;

/** The office returned an offer to its provider with a reason, which the provider gets by mail. */
public record OfferReturned(String offerId, String workingGroupId, String reason) {
}
