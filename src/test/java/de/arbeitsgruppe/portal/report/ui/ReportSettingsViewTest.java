package de.arbeitsgruppe.portal.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.report.LeadershipContact;
import de.arbeitsgruppe.portal.report.ReportRecipients;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The office names the leadership contacts and switches the quarterly report; the demo names three. */
@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class ReportSettingsViewTest extends ViewTest {

    @Autowired
    ReportRecipients recipients;

    @Test
    void showsTheDemosLeadershipContactsWithTheirOrganisations() {
        var view = navigate(ReportSettingsView.class);

        assertThat(heading().getText()).isEqualTo("Empfänger und Zeitplan der Berichte");
        assertThat(view.contacts.getHeaders()).containsExactly("Name", "Organisation", "E-Mail", "Aktionen");
        var row = view.contacts.getItems().stream().map(LeadershipContact::name).toList().indexOf("Sabine Leitung");
        assertThat(view.contacts.getCellText(row, 1)).isEqualTo("Jobcenter Musterstadt");
        assertThat(view.quarterly.getLabel()).isEqualTo("Bericht vierteljährlich automatisch senden");
    }

    @Test
    void addsAContactAndSavesIt() {
        var before = new ArrayList<>(recipients.current().getLeadershipContacts());
        try {
            var view = navigate(ReportSettingsView.class);
            view.organisation.setValue(view.organisation.getListDataView().getItems()
                    .filter(organisation -> organisation.name().equals("Agentur für Arbeit Musterstadt")).findFirst().orElseThrow());
            var name = unique("Stellvertretung");
            test(view.name).setValue(name);
            test(view.email).setValue("stellvertretung@agentur-musterstadt.example");

            test(view.addContact).click();
            test(view.save).click();

            assertThat(notifications()).contains("Empfänger und Zeitplan gespeichert.");
            assertThat(recipients.current().getLeadershipContacts()).extracting(LeadershipContact::name).contains(name);
        } finally {
            var settings = recipients.current();
            settings.setLeadershipContacts(before);
            recipients.save(settings);
        }
    }

    @Test
    void refusesToAddAContactWithoutAnAddress() {
        var view = navigate(ReportSettingsView.class);
        var shown = view.shown.size();
        test(view.name).setValue("Ohne Adresse");

        test(view.addContact).click();

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.organisation.isInvalid()).isTrue();
        assertThat(view.shown).hasSize(shown);
        assertThat(notifications()).contains("Bitte prüfen Sie die markierten Felder.");
    }
}
