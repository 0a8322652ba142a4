package de.arbeitsgruppe.portal.offer;

/** Where an offer takes place. */
public enum OfferFormat {
    IN_PERSON, ONLINE, HYBRID;

    public String translationKey() {
        return "offer.format." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
