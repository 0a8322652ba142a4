package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFilter;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the offers' methods in the authorization matrix: for every call a new offer of the
 * partner's own organisation, submitted by the matrix's admin in its name and waiting for review, so
 * the partner acts as its provider and the member (of another organisation) is no provider. Online
 * offers, so that they need no district of the office's list.
 */
final class OfferArguments {

    private final OfferManagement offers;
    private final Districts districts;
    private final String partnerOrganisationId;

    OfferArguments(ApplicationContext context, AuthorizationFixture fixture) {
        this.offers = context.getBean(OfferManagement.class);
        this.districts = context.getBean(Districts.class);
        this.partnerOrganisationId = fixture.partnerOrganisationId();
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("OfferManagement.find(String)", who -> args(offer().getId()));
        arguments.put("OfferManagement.ofMyOrganisation()", who -> args());
        arguments.put("OfferManagement.inReview()", who -> args());
        arguments.put("OfferManagement.countInReview()", who -> args());
        arguments.put("OfferManagement.mayEdit(Offer)", who -> args(offer()));
        arguments.put("OfferManagement.mayReview(Offer)", who -> args(offer()));
        arguments.put("OfferManagement.mayChooseProvider()", who -> args());
        arguments.put("OfferManagement.submit(Offer)", who -> args(newOffer()));
        arguments.put("OfferManagement.resubmit(Offer)", who -> {
            var offer = offer();
            offer.getDetails().setSchedule("Matrix: dienstags");
            return args(offer);
        });
        arguments.put("OfferManagement.publish(String, Long)", who -> {
            var offer = offer();
            return args(offer.getId(), offer.getVersion());
        });
        arguments.put("OfferManagement.returnToProvider(String, Long, String)", who -> {
            var offer = offer();
            return args(offer.getId(), offer.getVersion(), "Matrix: bitte ergänzen");
        });
        arguments.put("OfferManagement.setFreePlaces(String, Long, Integer)", who -> {
            var offer = offer();
            return args(offer.getId(), offer.getVersion(), 3);
        });
        arguments.put("OfferManagement.archive(String, Long)", who -> {
            var offer = offer();
            return args(offer.getId(), offer.getVersion());
        });
        arguments.put("Districts.current()", who -> args());
        arguments.put("Districts.ofPublicCatalogue()", who -> args());
        arguments.put("Districts.save(DistrictList)", who -> args(districts.current()));
        arguments.put("OfferCatalogue.page(OfferFilter)", who -> args(OfferFilter.NONE));
        arguments.put("OfferCatalogue.all(OfferFilter)", who -> args(OfferFilter.NONE));
        arguments.put("OfferCatalogue.find(String)", who -> args("matrix-unbekannt"));
        arguments.put("OfferCatalogue.today()", who -> args());
        return arguments;
    }

    private Offer offer() {
        return offers.submit(newOffer());
    }

    private Offer newOffer() {
        var offer = new Offer();
        offer.setProviderOrganisationId(partnerOrganisationId);
        offer.getDetails().setKind(OfferKind.BERATUNG);
        offer.getDetails().setTitle("Matrix-Angebot");
        offer.getDetails().setFormat(OfferFormat.ONLINE);
        offer.getDetails().setStart(Formats.today().plusDays(30));
        offer.getDetails().setCapacity(10);
        offer.setFreePlaces(5);
        return offer;
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
