package de.arbeitsgruppe.portal.offer.ui;

import static de.arbeitsgruppe.portal.offer.OfferFixtures.CARITAS;
import static de.arbeitsgruppe.portal.offer.OfferFixtures.DIAKONIE;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class OfferReviewViewTest extends ViewTest {

    @Autowired
    OfferManagement offers;
    @Autowired
    Districts districts;

    @Test
    void listsWhatWaitsOldestFirstAndTellsNewOffersFromChanges() {
        var first = OfferFixtures.submitted(offers, districts, unique("Neu eingereicht"), DIAKONIE);
        var published = OfferFixtures.published(offers, districts, unique("Schon im Katalog"), CARITAS);
        var changed = OfferFixtures.asPartner(() -> {
            var mine = offers.find(published.getId()).orElseThrow();
            mine.getDetails().setCosts("40 Euro");
            return offers.resubmit(mine);
        });

        var view = navigate(OfferReviewView.class);

        assertThat(heading().getText()).isEqualTo("Angebote prüfen");
        var ids = view.list.getItems().stream().map(Offer::getId).toList();
        assertThat(ids).containsSubsequence(first.getId(), changed.getId());
        var row = ids.indexOf(first.getId());
        assertThat(view.list.getCellText(row, 1)).isEqualTo("Diakonisches Werk Musterstadt");
        assertThat(view.list.getCellText(row, 2)).isEqualTo("Integrationskurs (allgemein)");
        assertThat(view.list.getCellText(row, 3)).isEqualTo(Formats.dateTime(first.getSubmittedAt()));
        assertThat(view.list.getCellText(row, 4)).isEqualTo("neu");
        assertThat(view.list.getCellText(ids.indexOf(changed.getId()), 4)).isEqualTo("Änderung");
        assertThat(view.empty.isVisible()).isFalse();
    }
}
