package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferDetails;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the supply overview and the provider's confirmation in the authorization matrix: for
 * every confirmation a new offer of the partner's own organisation, submitted by the matrix's admin,
 * so the partner acts as its provider and the member (of another organisation) is none.
 */
final class OfferSupplyArguments {

    private final OfferManagement offers;
    private final String partnerOrganisationId;

    OfferSupplyArguments(ApplicationContext context, AuthorizationFixture fixture) {
        this.offers = context.getBean(OfferManagement.class);
        this.partnerOrganisationId = fixture.partnerOrganisationId();
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("OfferSupply.overview()", who -> args());
        arguments.put("OfferSupply.csv(Writer)", who -> args(new StringWriter()));
        arguments.put("OfferManagement.confirm(String, Long)", who -> {
            var offer = partnersOffer();
            return args(offer.getId(), offer.getVersion());
        });
        return arguments;
    }

    private Offer partnersOffer() {
        var offer = new Offer();
        offer.setProviderOrganisationId(partnerOrganisationId);
        var details = new OfferDetails();
        details.setKind(OfferKind.SPRACHCAFE_EHRENAMT);
        details.setTitle("Matrix-Sprachcafé");
        details.setFormat(OfferFormat.ONLINE);
        details.setStart(LocalDate.now().plusDays(7));
        offer.setDetails(details);
        return offers.submit(offer);
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
