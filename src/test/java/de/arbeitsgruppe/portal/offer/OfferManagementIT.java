package de.arbeitsgruppe.portal.offer;

import static de.arbeitsgruppe.portal.offer.OfferFixtures.CARITAS;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.DIAKONIE;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.asCoordinator;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.asPartner;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.course;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.shared.ConflictException;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Submitting, reviewing and publishing offers: who may touch which offer, what the catalogue shows, and the rules. */
@SpringBootTest
@ActiveProfiles("test")
class OfferManagementIT {

    @Autowired
    OfferManagement offers;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Districts districts;

    @Test
    void aPartnerSubmitsForItsOwnOrganisationEvenWhenItNamesAnother() {
        var offer = course(title("Eigener Kurs"), DIAKONIE, district());

        var saved = asPartner(() -> offers.submit(offer));

        assertThat(saved.getProviderOrganisationId()).isEqualTo(CARITAS);
        assertThat(saved.getProviderName()).isEqualTo("Caritasverband Musterstadt");
        assertThat(saved.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(asPartner(() -> offers.ofMyOrganisation())).extracting(Offer::getId).contains(saved.getId());
    }

    @Test
    void aPartnerGuessingTheIdOfAnotherProvidersOfferNeitherReadsNorChangesIt() {
        var other = OfferFixtures.submitted(offers, districts, title("Kurs der Diakonie"), DIAKONIE);
        var guessed = course("Geraten", CARITAS, district());
        guessed.setId(other.getId());
        guessed.setVersion(other.getVersion());

        assertThat(asPartner(() -> offers.find(other.getId()))).isEmpty();
        assertThat(asPartner(() -> offers.ofMyOrganisation())).extracting(Offer::getId).doesNotContain(other.getId());
        assertThatThrownBy(() -> asPartner(() -> offers.resubmit(guessed))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> offers.setFreePlaces(other.getId(), other.getVersion(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asPartner(() -> offers.archive(other.getId(), other.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        var stored = OfferFixtures.stored(offers, other.getId());
        assertThat(stored.getDetails().getTitle()).isEqualTo(other.getDetails().getTitle());
        assertThat(stored.getFreePlaces()).isEqualTo(5);
        assertThat(stored.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
    }

    @Test
    void publishingPutsTheOfferIntoTheCatalogueAndALaterChangeWaitsForReviewWhileTheCatalogueKeepsThePublishedVersion() {
        var title = title("Abendkurs B1");
        var published = OfferFixtures.published(offers, districts, title, CARITAS);
        assertThat(catalogue.find(published.getId())).hasValueSatisfying(
                listed -> assertThat(listed.getDetails().getTitle()).isEqualTo(title));

        var changed = asPartner(() -> {
            var mine = offers.find(published.getId()).orElseThrow();
            mine.getDetails().setTitle(title + " (neu)");
            return offers.resubmit(mine);
        });

        assertThat(changed.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(changed.isListed()).isTrue();
        assertThat(OfferFixtures.stored(offers, published.getId()).getDetails().getTitle()).isEqualTo(title + " (neu)");
        assertThat(catalogue.find(published.getId()).orElseThrow().getDetails().getTitle()).isEqualTo(title);
    }

    @Test
    void newFreePlacesReachTheCatalogueAtOnceWithoutAReview() {
        var published = OfferFixtures.published(offers, districts, title("Kurs mit Plätzen"), CARITAS);

        var saved = asPartner(() -> offers.setFreePlaces(published.getId(), published.getVersion(), 2));

        assertThat(saved.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(catalogue.find(published.getId()).orElseThrow().getFreePlaces()).isEqualTo(2);
    }

    @Test
    void publishingAVersionOlderThanTheStoredOneIsAConflictAndPublishesNothing() {
        var submitted = OfferFixtures.submitted(offers, districts, title("Gleichzeitig geändert"), CARITAS);
        asPartner(() -> offers.setFreePlaces(submitted.getId(), submitted.getVersion(), 3));

        assertThatThrownBy(() -> asCoordinator(() -> offers.publish(submitted.getId(), submitted.getVersion())))
                .isInstanceOf(ConflictException.class);
        assertThat(OfferFixtures.stored(offers, submitted.getId()).getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(catalogue.find(submitted.getId())).isEmpty();
    }

    @Test
    void returningNeedsAReasonWhichTheProviderThenReads() {
        var submitted = OfferFixtures.submitted(offers, districts, title("Ohne Adresse"), CARITAS);

        assertThatThrownBy(() -> asCoordinator(() -> offers.returnToProvider(submitted.getId(), submitted.getVersion(), " ")))
                .isInstanceOfSatisfying(OfferRefused.class, refused -> assertThat(refused.field()).isEqualTo("returnReason"));
        asCoordinator(() -> offers.returnToProvider(submitted.getId(), submitted.getVersion(), "Bitte die Adresse ergänzen."));

        var seen = asPartner(() -> offers.find(submitted.getId())).orElseThrow();
        assertThat(seen.getStatus()).isEqualTo(OfferStatus.RETURNED);
        assertThat(seen.getReturnReason()).isEqualTo("Bitte die Adresse ergänzen.");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertRefused(offer -> offer.getDetails().setEnd(offer.getDetails().getStart().minusDays(1)), "end",
                "offer.validation.endBeforeStart");
    }

    @Test
    void refusesAnEndInThePastWhichWouldSendTheOfferToTheArchive() {
        assertRefused(offer -> {
            offer.getDetails().setStart(de.arbeitsgruppe.portal.shared.Formats.today().minusDays(20));
            offer.getDetails().setEnd(de.arbeitsgruppe.portal.shared.Formats.today().minusDays(1));
        }, "end", "offer.validation.endPast");
    }

    @Test
    void freePlacesTypedIntoTheWholeFormReachTheCatalogueAtOnceWhileTheRestWaitsForReview() {
        var title = title("Formular mit Plätzen");
        var published = OfferFixtures.published(offers, districts, title, CARITAS);

        asPartner(() -> {
            var mine = offers.find(published.getId()).orElseThrow();
            mine.getDetails().setTitle(title + " (neu)");
            mine.setFreePlaces(1);
            return offers.resubmit(mine);
        });

        var listed = catalogue.find(published.getId()).orElseThrow();
        assertThat(listed.getFreePlaces()).isEqualTo(1);
        assertThat(listed.getDetails().getTitle()).isEqualTo(title);
    }

    @Test
    void aSaveWithoutTheVersionReadIsAConflictNotANewOffer() {
        var submitted = OfferFixtures.submitted(offers, districts, title("Ohne Version"), CARITAS);

        assertThatThrownBy(() -> asPartner(() -> offers.setFreePlaces(submitted.getId(), null, 1)))
                .isInstanceOf(ConflictException.class);
        assertThat(OfferFixtures.stored(offers, submitted.getId()).getFreePlaces()).isEqualTo(5);
    }

    @Test
    void refusesToRemoveADistrictThatRunningOffersName() {
        var name = "Entfernt " + UUID.randomUUID().toString().substring(0, 8);
        var districtId = OfferFixtures.district(districts, name);
        OfferFixtures.submitted(offers, districts, title("Kurs im Ortsteil"), CARITAS);
        var offer = course(title("Kurs im neuen Ortsteil"), CARITAS, districtId);
        asPartner(() -> offers.submit(offer));

        assertThatThrownBy(() -> asCoordinator(() -> {
            var list = districts.current();
            list.setDistricts(list.getDistricts().stream().filter(district -> !district.getId().equals(districtId)).toList());
            return districts.save(list);
        })).isInstanceOfSatisfying(OfferRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("offer.validation.districtInUse"));
        assertThat(asCoordinator(() -> districts.current()).find(districtId)).isPresent();
    }

    @Test
    void refusesNegativeFreePlaces() {
        assertRefused(offer -> offer.setFreePlaces(-1), "freePlaces", "offer.validation.places");
    }

    @Test
    void refusesMoreFreePlacesThanPlaces() {
        assertRefused(offer -> offer.setFreePlaces(13), "freePlaces", "offer.validation.freeOverCapacity");
    }

    @Test
    void refusesLevelsUpsideDown() {
        assertRefused(offer -> {
            offer.getDetails().setLevelFrom(de.arbeitsgruppe.portal.offer.CefrLevel.B2);
            offer.getDetails().setLevelTo(de.arbeitsgruppe.portal.offer.CefrLevel.A2);
        }, "levelTo", "offer.validation.levelsUpsideDown");
    }

    @Test
    void refusesADistrictThatIsNotOnTheOfficesList() {
        assertRefused(offer -> offer.getDetails().setDistrictId("gibt-es-nicht"), "districtId", "offer.validation.district");
    }

    @Test
    void refusesNegativeFreePlacesAlsoWhenOnlyThePlacesChange() {
        var submitted = OfferFixtures.submitted(offers, districts, title("Plätze negativ"), CARITAS);

        assertThatThrownBy(() -> asPartner(() -> offers.setFreePlaces(submitted.getId(), submitted.getVersion(), -2)))
                .isInstanceOfSatisfying(OfferRefused.class, refused -> assertThat(refused.field()).isEqualTo("freePlaces"));
        assertThat(OfferFixtures.stored(offers, submitted.getId()).getFreePlaces()).isEqualTo(5);
    }

    @Test
    void storesADescriptionWithScriptAsPlainTextThatNoPageRunsAsMarkup() {
        var offer = course(title("Mit Skript"), CARITAS, district());
        offer.getDetails().setDescription("Kurs <script>alert('x')</script> am Abend");

        var saved = asPartner(() -> offers.submit(offer));

        assertThat(OfferFixtures.stored(offers, saved.getId()).getDetails().getDescription())
                .isEqualTo("Kurs <script>alert('x')</script> am Abend");
    }

    private void assertRefused(Consumer<Offer> breakRule, String field, String messageKey) {
        var title = title("Regelbruch");
        var offer = course(title, CARITAS, district());
        breakRule.accept(offer);

        assertThatThrownBy(() -> asPartner(() -> offers.submit(offer))).isInstanceOfSatisfying(OfferRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
        assertThat(asPartner(() -> offers.ofMyOrganisation())).noneMatch(mine -> title.equals(mine.getDetails().getTitle()));
    }

    private String district() {
        return OfferFixtures.district(districts, OfferFixtures.DISTRICT);
    }

    private static String title(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
