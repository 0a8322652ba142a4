package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Published offers for the catalogue's tests, made as people make them: a partner submits, the office
 * publishes. Every offer carries a word of its own run in its description, so a test finds exactly its
 * offers among whatever else the catalogue holds (the demo data's offers, other tests').
 */
public final class CatalogueSeed {

    public final String word = randomWord();
    public final LocalDate today;
    private final OfferManagement offers;
    private final Districts districts;

    public CatalogueSeed(OfferManagement offers, Districts districts, OfferCatalogue catalogue) {
        this.offers = offers;
        this.districts = districts;
        this.today = catalogue.today();
    }

    /** The district of that name, added to the office's list when it is not there yet. */
    public String district(String name) {
        return asCoordinator(() -> {
            var list = districts.current();
            var found = list.getDistricts().stream().filter(district -> district.getName().equals(name)).findFirst();
            if (found.isPresent()) {
                return found.get().getId();
            }
            var all = new ArrayList<>(list.getDistricts());
            all.add(new District(null, name));
            list.setDistricts(all);
            return districts.save(list).getDistricts().stream().filter(district -> district.getName().equals(name))
                    .findFirst().orElseThrow().getId();
        });
    }

    public OfferDetails details(OfferKind kind, String title, String districtId) {
        var details = new OfferDetails();
        details.setKind(kind);
        details.setTitle(title);
        details.setDescription("Ein Angebot zum Testen des Katalogs (" + word + ").");
        details.setDistrictId(districtId);
        details.setStart(today.plusDays(10));
        details.setEnd(today.plusDays(100));
        details.setCapacity(20);
        return details;
    }

    /** Submitted by Caritas (dora.caritas) and published by the office. */
    public Offer published(OfferDetails details, Integer freePlaces) {
        var submitted = submitted(details, freePlaces);
        return asCoordinator(() -> offers.publish(submitted.getId(), submitted.getVersion()));
    }

    /** Submitted and waiting for review: not in the catalogue. */
    public Offer submitted(OfferDetails details, Integer freePlaces) {
        var offer = new Offer();
        offer.setDetails(details);
        offer.setFreePlaces(freePlaces);
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> offers.submit(offer));
    }

    /** A change of a published offer, sent to review: the catalogue keeps the published version. */
    public Offer changed(Offer published, String newTitle) {
        var stored = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> offers.find(published.getId())).orElseThrow();
        stored.getDetails().setTitle(newTitle);
        return SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> offers.resubmit(stored));
    }

    public List<String> titles(List<Offer> list) {
        return list.stream().map(offer -> offer.getDetails().getTitle()).toList();
    }

    private static <T> T asCoordinator(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }

    /** Consonants only: the search folds "ue", "ae" and "oe", which a random word must not contain. */
    private static String randomWord() {
        var letters = "bcdfghjklmnpqrstvwxz";
        var random = new Random();
        var word = new StringBuilder("kt");
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
