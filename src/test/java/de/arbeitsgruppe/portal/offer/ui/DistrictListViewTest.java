package de.arbeitsgruppe.portal.offer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.Districts;
import de.arbeitsgruppe.portal.offer.OfferFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class DistrictListViewTest extends ViewTest {

    @Autowired
    Districts districts;

    @Test
    void refusesANameTwiceWithTheMessageNextToTheSecondAndSavesNothing() {
        OfferFixtures.district(districts, OfferFixtures.DISTRICT);
        var before = districts.current().getDistricts().size();
        var view = navigate(DistrictListView.class);

        test(view.addRow).click();
        var added = view.entries.getLast();
        test(added.name()).setValue(OfferFixtures.DISTRICT.toUpperCase());
        test(view.save).click();

        assertThat(added.name().isInvalid()).isTrue();
        assertThat(added.name().getErrorMessage()).isEqualTo("Jeder Ortsteil darf nur einmal in der Liste stehen.");
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(districts.current().getDistricts()).hasSize(before);
    }

    @Test
    void addsADistrictAndARenamedOneKeepsItsIdentity() {
        var name = unique("Prüfdorf");
        var view = navigate(DistrictListView.class);

        test(view.addRow).click();
        test(view.entries.getLast().name()).setValue(name);
        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        var id = idOf(name);
        var row = view.entries.stream().filter(entry -> entry.id() != null && entry.id().equals(id)).findFirst().orElseThrow();
        test(row.name()).setValue(name + " Nord");
        test(view.save).click();

        assertThat(idOf(name + " Nord")).isEqualTo(id);
    }

    @Test
    void aSaveAfterSomeoneElsesShowsTheConflictAndKeepsTheTypedName() {
        var name = unique("Spätdorf");
        var view = navigate(DistrictListView.class);
        OfferFixtures.district(districts, unique("Zwischendurch"));

        test(view.addRow).click();
        test(view.entries.getLast().name()).setValue(name);
        test(view.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Jemand anders hat die Liste der Ortsteile"));
        assertThat(view.entries.getLast().name().getValue()).isEqualTo(name);
        assertThat(districts.current().getDistricts()).extracting(District::getName).doesNotContain(name);
    }

    private String idOf(String name) {
        return districts.current().getDistricts().stream().filter(district -> district.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }
}
