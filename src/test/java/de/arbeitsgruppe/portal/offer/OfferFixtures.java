package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.ArrayList;
import java.util.function.Supplier;

/**
 * Offers of the tests' own: a valid course starting in a month, in a district of the office's list
 * that the tests keep (made through {@link Districts#save} as the office would).
 */
public final class OfferFixtures {

    public static final String CARITAS = "org-caritas-musterstadt";
    public static final String DIAKONIE = "org-diakonie-musterstadt";
    public static final String DISTRICT = "Prüfstadt Mitte";

    private OfferFixtures() {
    }

    /** The id of the district of that name, added to the office's list when it is not there yet. */
    public static String district(Districts districts, String name) {
        return asCoordinator(() -> {
            var list = districts.current();
            var found = list.getDistricts().stream().filter(district -> district.getName().equals(name)).findFirst();
            if (found.isPresent()) {
                return found.get().getId();
            }
            var names = new ArrayList<>(list.getDistricts());
            names.add(new District(null, name));
            list.setDistricts(names);
            return districts.save(list).getDistricts().stream().filter(district -> district.getName().equals(name))
                    .findFirst().orElseThrow().getId();
        });
    }

    /** A course for 12 people with 5 places free, in person in the district, from a month ahead for three months. */
    public static Offer course(String title, String providerOrganisationId, String districtId) {
        var offer = new Offer();
        offer.setProviderOrganisationId(providerOrganisationId);
        var details = offer.getDetails();
        details.setKind(OfferKind.INTEGRATIONSKURS_ALLGEMEIN);
        details.setTitle(title);
        details.setDescription("Deutsch im Alltag und im Beruf.");
        details.setLevelFrom(CefrLevel.A1);
        details.setLevelTo(CefrLevel.B1);
        details.setStart(Formats.today().plusMonths(1));
        details.setEnd(Formats.today().plusMonths(4));
        details.setFormat(OfferFormat.IN_PERSON);
        details.setDistrictId(districtId);
        details.setCapacity(12);
        offer.setFreePlaces(5);
        return offer;
    }

    /** Submitted by the office in the provider's name, waiting for review. */
    public static Offer submitted(OfferManagement offers, Districts districts, String title, String providerOrganisationId) {
        var districtId = district(districts, DISTRICT);
        return asCoordinator(() -> offers.submit(course(title, providerOrganisationId, districtId)));
    }

    public static Offer published(OfferManagement offers, Districts districts, String title, String providerOrganisationId) {
        var offer = submitted(offers, districts, title, providerOrganisationId);
        return asCoordinator(() -> offers.publish(offer.getId(), offer.getVersion()));
    }

    public static Offer returned(OfferManagement offers, Districts districts, String title, String providerOrganisationId,
            String reason) {
        var offer = submitted(offers, districts, title, providerOrganisationId);
        return asCoordinator(() -> offers.returnToProvider(offer.getId(), offer.getVersion(), reason));
    }

    public static Offer stored(OfferManagement offers, String id) {
        return asCoordinator(() -> offers.find(id).orElseThrow());
    }

    public static <T> T asCoordinator(Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    public static <T> T asPartner(Supplier<T> action) {
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, action);
    }
}
