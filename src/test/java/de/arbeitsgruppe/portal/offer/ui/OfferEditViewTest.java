package de.arbeitsgruppe.portal.offer.ui;

import static de.arbeitsgruppe.portal.offer.OfferFixtures.CARITAS;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.DIAKONIE;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "dora.caritas", roles = "PARTNER")
class OfferEditViewTest extends ViewTest {

    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;

    @BeforeEach
    void districtOnTheList() {
        OfferFixtures.district(districts, OfferFixtures.DISTRICT);
    }

    @Test
    void aProviderSubmitsANewOfferForReviewAndSeesItsPage() {
        var title = unique("Deutsch für den Beruf");
        var view = navigate("angebote/neu", OfferEditView.class);
        assertThat(heading().getText()).isEqualTo("Neues Angebot");
        assertThat(view.form.provider.isVisible()).isFalse();

        fillIn(view, title);
        test(view.form.fundings).selectItem("BAMF");
        test(view.save).click();

        assertThat(notifications()).contains("Zur Prüfung eingereicht.");
        assertThat(getCurrentView()).isInstanceOf(OfferDetailView.class);
        assertThat(heading().getText()).isEqualTo(title);
        assertThat(titled(title)).singleElement().satisfies(offer -> {
            assertThat(offer.getProviderOrganisationId()).isEqualTo(CARITAS);
            assertThat(offer.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
            assertThat(offer.getDetails().getCapacity()).isEqualTo(12);
            assertThat(offer.getFreePlaces()).isEqualTo(4);
            assertThat(offer.getDetails().getFundings()).extracting(Enum::name).containsExactly("BAMF");
        });
    }

    @Test
    void anEndBeforeTheStartShowsTheMessageNextToTheEndAsSoonAsItIsTypedAndSavesNothing() {
        var title = unique("Rückwärts");
        var view = navigate("angebote/neu", OfferEditView.class);
        fillIn(view, title);

        view.form.end.setValue(view.form.start.getValue().minusDays(1));

        assertThat(view.form.end.isInvalid()).isTrue();
        assertThat(view.form.end.getErrorMessage()).isEqualTo("Das Ende liegt vor dem Beginn.");
        test(view.save).click();
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(titled(title)).isEmpty();
    }

    @Test
    void aMissingKindIsNamedNextToTheSelectThoughItCarriesNoRequiredMarkAndNothingIsSaved() {
        var title = unique("Ohne Art");
        var view = navigate("angebote/neu", OfferEditView.class);
        fillIn(view, title);
        view.form.kind.clear();
        // the mark would be written as aria-required on the select's button, which ARIA does not allow
        assertThat(view.form.kind.isRequiredIndicatorVisible()).isFalse();

        test(view.save).click();

        assertThat(view.form.kind.isInvalid()).isTrue();
        assertThat(view.form.kind.getErrorMessage()).isEqualTo("Bitte angeben, was für ein Angebot es ist.");
        assertThat(titled(title)).isEmpty();
    }

    @Test
    void moreFreePlacesThanPlacesShowTheMessageNextToTheFreePlacesAndSaveNothing() {
        var title = unique("Übervoll");
        var view = navigate("angebote/neu", OfferEditView.class);
        fillIn(view, title);

        view.form.freePlaces.setValue(13);
        test(view.save).click();

        assertThat(view.form.freePlaces.isInvalid()).isTrue();
        assertThat(view.form.freePlaces.getErrorMessage()).isEqualTo("Es können nicht mehr Plätze frei sein, als es Plätze gibt.");
        assertThat(titled(title)).isEmpty();
    }

    @Test
    void levelsUpsideDownAndAMissingTitleShowTheirMessagesNextToTheirFields() {
        var view = navigate("angebote/neu", OfferEditView.class);
        fillIn(view, "");
        test(view.form.levelTo).selectItem("A2");
        test(view.form.levelFrom).selectItem("B2");

        assertThat(view.form.levelTo.isInvalid()).isTrue();
        test(view.save).click();

        assertThat(view.form.levelTo.isInvalid()).isTrue();
        assertThat(view.form.levelTo.getErrorMessage()).isEqualTo("Das Zielniveau liegt unter dem Einstiegsniveau.");
        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).isEqualTo("Bitte einen Titel angeben.");
    }

    @Test
    void aStaleChangeShowsTheConflictAndKeepsWhatTheUserTyped() {
        var offer = OfferFixtures.submitted(offers, districts, unique("Umstritten"), CARITAS);
        var view = navigate("angebote/" + offer.getId() + "/bearbeiten", OfferEditView.class);
        assertThat(heading().getText()).isEqualTo("Angebot bearbeiten: " + offer.getDetails().getTitle());
        OfferFixtures.asPartner(() -> offers.setFreePlaces(offer.getId(), offer.getVersion(), 1));

        test(view.form.description).setValue("Meine Fassung");
        test(view.save).click();

        assertThat(notifications()).singleElement().asString().startsWith("Jemand anders hat das Angebot inzwischen geändert.");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.description.getValue()).isEqualTo("Meine Fassung");
        assertThat(OfferFixtures.stored(offers, offer.getId()).getDetails().getDescription()).isNotEqualTo("Meine Fassung");
    }

    @Test
    void aProviderOpeningTheFormOfAnotherProvidersOfferGetsTheNotFoundPage() {
        var other = OfferFixtures.submitted(offers, districts, unique("Nicht meins"), DIAKONIE);

        navigate("angebote/" + other.getId() + "/bearbeiten", NotFoundView.class);

        assertThat(textOf(getCurrentView())).doesNotContain(other.getDetails().getTitle());
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void theOfficeSubmitsAnOfferInTheNameOfAProvider() {
        var title = unique("Sprachcafé");
        var view = navigate("angebote/neu", OfferEditView.class);
        assertThat(view.form.provider.isVisible()).isTrue();

        fillIn(view, title);
        test(view.save).click();
        assertThat(view.form.provider.isInvalid()).isTrue();
        assertThat(titled(title)).isEmpty();

        test(view.form.provider).selectItem("Diakonisches Werk Musterstadt");
        test(view.save).click();

        assertThat(titled(title)).singleElement().extracting(Offer::getProviderOrganisationId).isEqualTo(DIAKONIE);
    }

    private void fillIn(OfferEditView view, String title) {
        test(view.form.kind).selectItem("Integrationskurs (allgemein)");
        test(view.form.title).setValue(title);
        view.form.start.setValue(Formats.today().plusMonths(1));
        view.form.end.setValue(Formats.today().plusMonths(3));
        test(view.form.district).selectItem(OfferFixtures.DISTRICT);
        view.form.capacity.setValue(12);
        view.form.freePlaces.setValue(4);
    }

    private List<Offer> titled(String title) {
        return OfferFixtures.asCoordinator(() -> offers.inReview()).stream()
                .filter(offer -> title.equals(offer.getDetails().getTitle())).toList();
    }
}
