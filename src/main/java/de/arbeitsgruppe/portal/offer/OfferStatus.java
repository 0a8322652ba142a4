package de.arbeitsgruppe.portal.offer;

/**
 * Where the provider's current version of an offer stands. An offer already in the catalogue stays
 * there in its published version while a change waits for review or was returned.
 */
public enum OfferStatus {
    IN_REVIEW, PUBLISHED, RETURNED, ARCHIVED;

    public String translationKey() {
        return "offer.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
