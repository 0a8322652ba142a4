package de.arbeitsgruppe.portal.offer.ui;

import static de.arbeitsgruppe.portal.offer.OfferFixtures.CARITAS;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.DIAKONIE;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.offer.CatalogueOffer;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferCatalogue;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class OfferDetailViewTest extends ViewTest {

    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theOfficePublishesAnOfferWaitingForReview() {
        var offer = OfferFixtures.submitted(offers, districts, unique("Zu prüfen"), CARITAS);
        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);
        assertThat(heading().getText()).isEqualTo(offer.getDetails().getTitle());
        assertThat(textOf(view.status)).isEqualTo("Wartet auf Prüfung");
        assertThat(textOf(view.facts)).contains("TrägerCaritasverband Musterstadt", "NiveauA1 – B1",
                "Freie Plätze5", "Ortsteil" + OfferFixtures.DISTRICT,
                "Zeitraum" + Formats.date(offer.getDetails().getStart()) + " – " + Formats.date(offer.getDetails().getEnd()));

        test(view.publish).click();

        assertThat(notifications()).contains("Veröffentlicht: Das Angebot steht im Katalog.");
        assertThat(textOf(view.status)).isEqualTo("Veröffentlicht");
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(catalogue.find(offer.getId())).isPresent();
        assertThat(find(Details.class, view.history).single().getSummaryText()).isEqualTo("Verlauf");
    }

    @Test
    void returningWithoutAReasonShowsTheMessageNextToTheFieldAndReturnsNothing() {
        var offer = OfferFixtures.submitted(offers, districts, unique("Ohne Grund"), CARITAS);
        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);

        test(view.giveBack).click();
        roundTrip();
        test(view.returnDialog.confirm).click();

        assertThat(view.returnDialog.isOpened()).isTrue();
        assertThat(view.returnDialog.reason.isInvalid()).isTrue();
        assertThat(view.returnDialog.reason.getErrorMessage()).isEqualTo("Bitte einen Grund angeben: Der Träger liest ihn.");
        assertThat(stored(offers, offer.getId()).getStatus()).isEqualTo(OfferStatus.IN_REVIEW);

        test(view.returnDialog.reason).setValue("Bitte die Kursadresse ergänzen.");
        test(view.returnDialog.confirm).click();

        assertThat(view.returnDialog.isOpened()).isFalse();
        assertThat(stored(offers, offer.getId()).getStatus()).isEqualTo(OfferStatus.RETURNED);
        assertThat(view.returned.getText()).endsWith(": Bitte die Kursadresse ergänzen.");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void theProviderReadsTheReasonOfAReturnedOfferAndMayChangeButNotPublishIt() {
        var offer = OfferFixtures.returned(offers, districts, unique("Zurückgegeben"), CARITAS, "Der Beginn fehlt im Titel.");

        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);

        assertThat(view.returned.isVisible()).isTrue();
        assertThat(view.returned.getText()).isEqualTo("Zurückgegeben am " + Formats.dateTime(offer.getReviewedAt())
                + ": Der Beginn fehlt im Titel.");
        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.edit.getHref()).isEqualTo("angebote/" + offer.getId() + "/bearbeiten");
        assertThat(view.publish.isVisible()).isFalse();
        assertThat(view.giveBack.isVisible()).isFalse();
        assertThat(view.confirmCurrent.isVisible()).as("nothing in the catalogue to confirm").isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void theProviderConfirmsAnOutdatedOfferAsCurrentAndTheCatalogueNoLongerMarksIt() {
        var offer = OfferFixtures.published(offers, districts, unique("Noch aktuell"), CARITAS);
        var weeksAgo = Instant.now().minus(Duration.ofDays(CatalogueOffer.STALE_AFTER_DAYS + 2));
        var byId = new Query(Criteria.where("_id").is(offer.getId()));
        mongo.updateFirst(byId, new Update().set("updatedAt", weeksAgo), "offers");
        mongo.updateFirst(byId, new Update().set("updatedAt", weeksAgo), CatalogueOffer.class);
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        assertThat(catalogue.find(offer.getId()).orElseThrow().staleSince(today)).isNotNull();
        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);
        assertThat(view.confirmCurrent.getText()).isEqualTo("Angaben bestätigen");

        test(view.confirmCurrent).click();

        assertThat(notifications()).contains("Angaben bestätigt: Der Katalog zeigt das Angebot als aktuell.");
        assertThat(textOf(view.status)).isEqualTo("Veröffentlicht");
        assertThat(textOf(view.facts)).contains("Zuletzt aktualisiert" + Formats.date(today));
        assertThat(catalogue.find(offer.getId()).orElseThrow().staleSince(today)).isNull();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aProviderOpeningAnotherProvidersOfferByItsIdGetsTheNotFoundPage() {
        var other = OfferFixtures.submitted(offers, districts, unique("Entwurf der Diakonie"), DIAKONIE);

        navigate("angebote/" + other.getId(), NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
        assertThat(textOf(getCurrentView())).doesNotContain(other.getDetails().getTitle());
    }

    @Test
    void aChangeOfAPublishedOfferSaysThatTheCatalogueKeepsThePublishedVersion() {
        var published = OfferFixtures.published(offers, districts, unique("Veröffentlicht"), CARITAS);
        OfferFixtures.asPartner(() -> {
            var mine = offers.find(published.getId()).orElseThrow();
            mine.getDetails().setSchedule("Mo–Do 9–12 Uhr");
            return offers.resubmit(mine);
        });

        var view = navigate("angebote/" + published.getId(), OfferDetailView.class);

        assertThat(view.catalogueNote.isVisible()).isTrue();
        assertThat(view.catalogueNote.getText()).startsWith("Im Katalog steht weiter die veröffentlichte Fassung");
    }

    @Test
    void publishingAfterSomeoneElsesChangeShowsTheConflictAndTheCurrentStateAndPublishesNothing() {
        var offer = OfferFixtures.submitted(offers, districts, unique("Gleichzeitig"), CARITAS);
        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);
        OfferFixtures.asPartner(() -> offers.setFreePlaces(offer.getId(), offer.getVersion(), 2));

        test(view.publish).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Jemand anders hat das Angebot inzwischen geändert."));
        assertThat(textOf(view.facts)).contains("Freie Plätze2");
        assertThat(catalogue.find(offer.getId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void theProviderArchivesItsOfferAfterConfirming() {
        var offer = OfferFixtures.published(offers, districts, unique("Endet früher"), CARITAS);
        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);

        test(view.archive).click();
        view.archiveConfirmation.confirm();

        assertThat(textOf(view.status)).isEqualTo("Archiviert");
        assertThat(view.actions.isVisible()).isFalse();
        assertThat(catalogue.find(offer.getId())).isEmpty();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aDescriptionWithScriptIsShownAsTheTextItIs() {
        var offer = OfferFixtures.asPartner(() -> {
            var course = OfferFixtures.course(unique("Mit Skript"), CARITAS, OfferFixtures.district(districts, OfferFixtures.DISTRICT));
            course.getDetails().setDescription("Abends <script>alert('x')</script>");
            return offers.submit(course);
        });

        var view = navigate("angebote/" + offer.getId(), OfferDetailView.class);

        assertThat(textOf(view.facts)).contains("BeschreibungAbends <script>alert('x')</script>");
        assertThat(find(Html.class, view.facts).all()).isEmpty();
    }
}
