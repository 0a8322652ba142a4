package de.arbeitsgruppe.portal.offer;

import java.util.function.Predicate;

/**
 * Combinations the working group looks for in every district, beyond the kinds alone: a literacy
 * course is of little use to a mother without childcare next to it, and many women attend only a
 * course for women. The supply overview shows a district without one as a gap.
 */
public enum SupplyNeed {
    LITERACY_WITH_CHILDCARE(details -> isLiteracy(details) && details.isChildcare()),
    COURSE_WITH_CHILDCARE(details -> details.getKind().isLanguageCourse() && details.isChildcare()),
    WOMEN_ONLY_COURSE(details -> details.getKind().isLanguageCourse()
            && (details.isWomenOnly() || details.getKind() == OfferKind.INTEGRATIONSKURS_FRAUEN)),
    INTEGRATION_COURSE(details -> details.getKind().name().startsWith("INTEGRATIONSKURS")),
    JOB_LANGUAGE_COURSE(details -> details.getKind() == OfferKind.BERUFSSPRACHKURS_BASIS
            || details.getKind() == OfferKind.BERUFSSPRACHKURS_SPEZIAL);

    private final Predicate<OfferDetails> metBy;

    SupplyNeed(Predicate<OfferDetails> metBy) {
        this.metBy = metBy;
    }

    public boolean isMetBy(OfferDetails details) {
        return details.getKind() != null && metBy.test(details);
    }

    public String translationKey() {
        return "offer.supply.need." + name().toLowerCase();
    }

    private static boolean isLiteracy(OfferDetails details) {
        return details.isLiteracy() || details.getKind() == OfferKind.INTEGRATIONSKURS_ALPHABETISIERUNG;
    }
}
