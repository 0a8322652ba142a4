package de.arbeitsgruppe.portal.offer;

/** Who pays for an offer, which tells a counsellor who can send a person there. */
public enum Funding {
    BAMF, AGENTUR_JOBCENTER_BILDUNGSGUTSCHEIN, AGENTUR_JOBCENTER_AZAV, LAND, OTHER;

    public String translationKey() {
        return "offer.funding." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
