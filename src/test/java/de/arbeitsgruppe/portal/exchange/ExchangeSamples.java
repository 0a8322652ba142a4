package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.List;

/** Agreements and PDFs for the tests of other packages (the authorization matrix, the audit coverage). */
public final class ExchangeSamples {

    public static final String KOMMUNE = "org-landkreis-musterstadt";
    public static final String AGENTUR = "org-agentur-musterstadt";
    public static final String JOBCENTER = "org-jobcenter-musterstadt";

    private ExchangeSamples() {
    }

    /** A valid new agreement between the demo Kommune and the demo Agentur, without contacts. */
    public static ExchangeAgreement agreement(String title) {
        var agreement = new ExchangeAgreement();
        agreement.setTitle(title);
        agreement.setContactInterface(ContactInterface.KOMMUNE_AGENTUR);
        agreement.setOrganisationAId(KOMMUNE);
        agreement.setOrganisationBId(AGENTUR);
        agreement.setDataCategories(List.of("Aufenthaltsstatus", "Schul- und Berufsabschlüsse"));
        agreement.setDirection(ExchangeDirection.A_TO_B);
        agreement.setPurpose("Beratung durch die Agentur");
        agreement.setLegalBasis("Einwilligung der Person");
        agreement.setChannel(ExchangeChannel.ENCRYPTED_MAIL);
        agreement.setFrequency(ExchangeFrequency.MONTHLY);
        agreement.setStart(Formats.today().minusDays(10));
        agreement.setNextReview(Formats.today().plusYears(1));
        return agreement;
    }

    /** A gap between two of the demo authorities, as the register reports it. */
    public static ExchangeGaps.Missing gap(ContactInterface onInterface, String firstId, String secondId) {
        return new ExchangeGaps.Missing(onInterface, authority(firstId), authority(secondId));
    }

    private static OrganisationSummary authority(String id) {
        return switch (id) {
            case KOMMUNE -> new OrganisationSummary(id, "Landkreis Musterstadt", null, null, OrganisationKind.KOMMUNE, Membership.MEMBER);
            case AGENTUR -> new OrganisationSummary(id, "Agentur für Arbeit Musterstadt", null, null,
                    OrganisationKind.AGENTUR_FUER_ARBEIT, Membership.MEMBER);
            case JOBCENTER -> new OrganisationSummary(id, "Jobcenter Musterstadt", null, null, OrganisationKind.JOBCENTER_GE,
                    Membership.MEMBER);
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** A small real PDF of one page. */
    public static byte[] pdf(String title) {
        return DemoExchange.demoPdf(title);
    }
}
