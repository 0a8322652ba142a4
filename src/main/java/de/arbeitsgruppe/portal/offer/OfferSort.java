package de.arbeitsgruppe.portal.offer;

/** The orders of the catalogue. */
public enum OfferSort {
    START, FREE_PLACES;

    public String translationKey() {
        return "offer.sort." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
