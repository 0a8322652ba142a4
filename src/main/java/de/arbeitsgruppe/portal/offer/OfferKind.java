package de.arbeitsgruppe.portal.offer;

/** What an offer is: the course types of the BAMF and the Land, and the other services around them. */
public enum OfferKind {
    INTEGRATIONSKURS_ALLGEMEIN, INTEGRATIONSKURS_JUGEND, INTEGRATIONSKURS_ELTERN, INTEGRATIONSKURS_FRAUEN,
    INTEGRATIONSKURS_ALPHABETISIERUNG, INTEGRATIONSKURS_FOERDER, INTEGRATIONSKURS_INTENSIV,
    INTEGRATIONSKURS_ZWEITSCHRIFT, BERUFSSPRACHKURS_BASIS, BERUFSSPRACHKURS_SPEZIAL, ERSTORIENTIERUNGSKURS,
    SPRACHKURS_LAND, SPRINT_SPRACHLERNKLASSE, SPRACHCAFE_EHRENAMT, BERATUNG, KINDERBETREUUNG,
    ARBEITSMARKTORIENTIERUNG, SONSTIGES;

    public String translationKey() {
        return "offer.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A language course, which has levels; counselling, childcare and the like have none. */
    public boolean isLanguageCourse() {
        return ordinal() <= SPRACHCAFE_EHRENAMT.ordinal();
    }
}
