package de.arbeitsgruppe.portal.offer;

/** A provider submitted a new offer or a change of one: it waits in the office's review queue. */
public record OfferSubmitted(String offerId, String workingGroupId) {
}
