package de.arbeitsgruppe.portal.offer.ui;

import static de.arbeitsgruppe.portal.offer.OfferFixtures.CARITAS;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.DIAKONIE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "dora.caritas", roles = "PARTNER")
class OfferListViewTest extends ViewTest {

    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    AccountManagement accounts;

    @Test
    void aProviderSeesItsOwnOffersWithTheReasonOfAReturnedOneButNoOtherProvidersOffers() {
        var waiting = OfferFixtures.submitted(offers, districts, unique("Wartet"), CARITAS);
        var returned = OfferFixtures.returned(offers, districts, unique("Zurück"), CARITAS, "Bitte Kosten angeben.");
        var others = OfferFixtures.submitted(offers, districts, unique("Diakonie-Kurs"), DIAKONIE);

        var view = navigate(OfferListView.class);

        assertThat(heading().getText()).isEqualTo("Angebote");
        assertThat(view.office.isVisible()).isFalse();
        assertThat(view.list.getItems()).extracting(Offer::getId).contains(waiting.getId(), returned.getId())
                .doesNotContain(others.getId());
        var row = view.list.getItems().stream().map(Offer::getId).toList().indexOf(returned.getId());
        assertThat(view.list.getCellText(row, 2)).isEqualTo("ZurückgegebenGrund: Bitte Kosten angeben.");
        assertThat(view.list.getCellText(row, 3)).isEqualTo("5 von 12");
        assertThat(view.catalogue.getHref()).isEqualTo("katalog");
    }

    @Test
    void freePlacesOverTheCapacityShowTheMessageNextToTheFieldAndTheRightNumberReachesTheCatalogueAtOnce() {
        var offer = OfferFixtures.published(offers, districts, unique("Mit Plätzen"), CARITAS);
        var view = navigate(OfferListView.class);
        var row = view.list.getItems().stream().map(Offer::getId).toList().indexOf(offer.getId());
        var change = (Button) view.list.getCellComponent(row, 5);
        assertThat(change.getAriaLabel()).contains("Freie Plätze ändern: " + offer.getDetails().getTitle());

        test(change).click();
        roundTrip();
        view.freePlacesDialog.places.setValue(20);
        test(view.freePlacesDialog.confirm).click();

        assertThat(view.freePlacesDialog.isOpened()).isTrue();
        assertThat(view.freePlacesDialog.places.isInvalid()).isTrue();
        assertThat(view.freePlacesDialog.places.getErrorMessage()).isEqualTo("Es können nicht mehr Plätze frei sein, als es Plätze gibt.");
        assertThat(catalogue.find(offer.getId()).orElseThrow().getFreePlaces()).isEqualTo(5);

        view.freePlacesDialog.places.setValue(0);
        test(view.freePlacesDialog.confirm).click();

        assertThat(view.freePlacesDialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Freie Plätze gespeichert: 0.");
        assertThat(view.list.getCellText(row, 3)).isEqualTo("0 von 12");
        assertThat(catalogue.find(offer.getId()).orElseThrow().getFreePlaces()).isZero();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void theOfficeFindsTheReviewQueueWithItsCountTheDistrictsAndTheSupplyOverview() {
        OfferFixtures.submitted(offers, districts, unique("Für die Warteschlange"), CARITAS);
        var waiting = OfferFixtures.asCoordinator(() -> offers.inReview()).size();

        var view = navigate(OfferListView.class);

        assertThat(view.office.isVisible()).isTrue();
        assertThat(view.review.getText()).isEqualTo("Zur Prüfung (" + waiting + ")");
        assertThat(view.review.getHref()).isEqualTo("angebote/pruefung");
        assertThat(view.districts.getHref()).isEqualTo("angebote/ortsteile");
        assertThat(view.supply.getHref()).isEqualTo("angebote/versorgung");
    }

    @Test
    void anOrganisationWithoutOffersReadsHowToEnterItsFirst() {
        var username = unique("leer").replace(' ', '.').toLowerCase();
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var organisation = organisations.create(new Organisation(unique("Neuer Träger"), "Neu",
                    OrganisationKind.BILDUNGSTRAEGER, Membership.PARTNER));
            return accounts.create(new Account(username, "Neu Träger", Role.PARTNER, organisation.getId()), "Leer-Passwort-123");
        });

        var view = SignedIn.as(username, Role.PARTNER, () -> navigate(OfferListView.class));

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(textOf(view.empty)).startsWith("Ihre Organisation hat noch kein Angebot eingetragen.");
        assertThat(view.create.getText()).isEqualTo("Neues Angebot");
    }
}
