package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
class OwnEntryConfirmationViewTest extends ViewTest {

    private static final String CLARA = "c-jobcenter-clara";

    @Autowired
    ContactDirectory directory;

    @Test
    void showsTheOwnEntryAsTheDetailPageShowsIt() {
        var view = navigate(OwnEntryConfirmationView.class);

        assertThat(heading().getText()).isEqualTo("Eigenen Eintrag prüfen");
        assertThat(textOf(view.details)).contains("Integrationsfachkraft", "Markt und Integration",
                "Jobcenter Musterstadt", "Leistungsgewährung SGB II", "jobcenter-clara@musterstadt.example");
        assertThat(view.confirm.getText()).isEqualTo("Alles korrekt – bestätigen");
        assertThat(view.change.getText()).isEqualTo("Ändern");
    }

    @Test
    void confirmsTheEntryOnlyWhenAskedAndThenOpensItsPage() {
        var view = navigate(OwnEntryConfirmationView.class);

        test(view.confirm).click();

        var today = Formats.today();
        assertThat(notifications()).contains("Danke! Ihr Eintrag ist bestätigt (Stand " + Formats.date(today) + ").");
        assertThat(directory.find(CLARA).orElseThrow().getLastConfirmed()).isEqualTo(today);
        assertThat(getCurrentView()).isInstanceOf(ContactDetailView.class);
    }

    @Test
    void changingOpensTheFormOfTheOwnEntry() {
        var view = navigate(OwnEntryConfirmationView.class);

        test(view.change).click();

        assertThat(getCurrentView()).isInstanceOf(ContactEditView.class);
        assertThat(heading().getText()).isEqualTo("Eintrag bearbeiten: Clara Jobcenter");
    }

    @Test
    void refusesToConfirmAnEntryThatChangedSinceItWasShown() {
        var view = navigate(OwnEntryConfirmationView.class);
        var phone = directory.find(CLARA).orElseThrow().getPhone();
        changePhone("+49 1234 5678-999");
        try {
            test(view.confirm).click();

            assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Ihr Eintrag wurde inzwischen geändert"));
            assertThat(textOf(view.details)).contains("+49 1234 5678-999");
            assertThat(getCurrentView()).isInstanceOf(OwnEntryConfirmationView.class);
        } finally {
            changePhone(phone);
        }
    }

    private void changePhone(String phone) {
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var entry = directory.find(CLARA).orElseThrow();
            entry.setPhone(phone);
            return directory.update(entry);
        });
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void tellsSomeoneWithoutAnEntryWhomToAsk() {
        var view = navigate(OwnEntryConfirmationView.class);

        assertThat(view.intro.getText()).startsWith("Ihrem Konto ist kein Eintrag");
        assertThat(view.actions.isVisible()).isFalse();
    }
}
