package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class ConfirmationListViewTest extends ViewTest {

    @Test
    void showsTheCoordinatorTheEntryNotConfirmedForEightMonths() {
        var view = navigate(ConfirmationListView.class);

        var rows = view.grid.getListDataView().getItems().map(Contact::getName).toList();
        assertThat(rows).contains("Aylin Yılmaz").doesNotContain("Julia Weber", "Sabine Müller");
        int aylin = rows.indexOf("Aylin Yılmaz");
        assertThat(test(view.grid).getCellText(aylin, 1)).isEqualTo("Jobcenter Musterstadt");
        assertThat(test(view.grid).getCellText(aylin, 2)).isEqualTo(Formats.date(Formats.today().minusMonths(8)));
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void explainsWhyTheEntriesAreListed() {
        var view = navigate(ConfirmationListView.class);

        assertThat(textOf(view)).contains("Diese Einträge wurden seit mehr als 6 Monaten nicht bestätigt.");
    }

    @Test
    @WithMockUser(username = "erik.admin", roles = "ADMIN")
    void isOpenToAdmins() {
        var view = navigate(ConfirmationListView.class);

        assertThat(view.grid.getListDataView().getItems().map(Contact::getName)).contains("Aylin Yılmaz");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void isNotOpenToMembers() {
        navigate("ansprechpartner-pruefen", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }
}
