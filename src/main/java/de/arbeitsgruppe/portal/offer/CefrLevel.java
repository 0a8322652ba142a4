package de.arbeitsgruppe.portal.offer;

/** The levels of the Common European Framework of Reference, in their order. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    public String translationKey() {
        return "offer.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
