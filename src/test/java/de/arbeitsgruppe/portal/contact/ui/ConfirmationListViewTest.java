package de.arbeitsgruppe.portal.contact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.contact.ConfirmationReminders;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class ConfirmationListViewTest extends ViewTest {

    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ConfirmationReminders reminders;

    @Test
    void showsTheCoordinatorTheEntryNotConfirmedForEightMonths() {
        var view = navigate(ConfirmationListView.class);

        var rows = view.list.getItems().stream().map(Contact::getName).toList();
        assertThat(rows).contains("Aylin Yılmaz").doesNotContain("Julia Weber", "Sabine Müller");
        int aylin = rows.indexOf("Aylin Yılmaz");
        assertThat(view.list.getCellText(aylin, 1)).isEqualTo("Jobcenter Musterstadt");
        assertThat(view.list.getCellText(aylin, 2)).isEqualTo(Formats.date(Formats.today().minusMonths(8)));
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void sendsAReminderOnceAndThenSaysFromWhenTheNextIsPossible() {
        var name = unique("Erinnerung Probe");
        var id = staleEntry(name, "erinnerung.probe@example.org");
        var view = navigate(ConfirmationListView.class);
        var cell = reminderCell(view, name);
        assertThat(cell.send.getText()).isEqualTo("Erinnerung senden");
        assertThat(cell.send.isEnabled()).isTrue();
        assertThat(cell.status.getText()).isEqualTo("Noch keine Erinnerung gesendet.");

        test(cell.send).click();

        var today = Formats.today();
        assertThat(notifications()).contains("Erinnerung an " + name + " gesendet.");
        assertThat(mongo.findById(id, Contact.class).getReminderSentAt()).isNotNull();
        var after = reminderCell(view, name);
        assertThat(after.send.isEnabled()).isFalse();
        assertThat(after.status.getText()).isEqualTo("Erinnert am " + Formats.date(today)
                + "; die nächste Erinnerung ist ab " + Formats.date(today.plusDays(14)) + " möglich.");
    }

    @Test
    void refusesASecondReminderFromAListOpenedBeforeTheFirst() {
        var name = unique("Erinnerung Zweimal");
        var id = staleEntry(name, "erinnerung.zweimal@example.org");
        var view = navigate(ConfirmationListView.class);
        var stale = reminderCell(view, name);
        // another coordinator sends it meanwhile, from a list of her own
        reminders.send(id, "http://localhost:8080");

        test(stale.send).click();

        var today = Formats.today();
        assertThat(notifications()).contains("Keine Erinnerung gesendet: " + name + " wurde am " + Formats.date(today)
                + " erinnert. Eine weitere Erinnerung ist erst ab " + Formats.date(today.plusDays(14))
                + " möglich (höchstens eine in 14 Tagen).");
        assertThat(stale.send.isEnabled()).isFalse();
    }

    @Test
    void offersNoReminderForAnEntryWithoutAddress() {
        var name = unique("Erinnerung Ohne");
        staleEntry(name, null);
        var view = navigate(ConfirmationListView.class);

        var cell = reminderCell(view, name);

        assertThat(cell.send.isEnabled()).isFalse();
        assertThat(cell.status.getText()).isEqualTo("Keine E-Mail-Adresse eingetragen: Erinnerung nicht möglich.");
    }

    /** An entry of this test, last confirmed a year ago. */
    private String staleEntry(String name, String email) {
        var id = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var contact = new Contact(ContactKind.PERSON, name, "org-agentur-musterstadt");
            contact.setEmail(email);
            return directory.create(contact).getId();
        });
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("lastConfirmed", Formats.today().minusYears(1)), Contact.class);
        return id;
    }

    private ReminderCell reminderCell(ConfirmationListView view, String name) {
        var rows = view.list.getItems().stream().map(Contact::getName).toList();
        assertThat(rows).contains(name);
        return (ReminderCell) view.list.getCellComponent(rows.indexOf(name), 3);
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

        assertThat(view.list.getItems().stream().map(Contact::getName)).contains("Aylin Yılmaz");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void isNotOpenToMembers() {
        navigate("ansprechpartner-pruefen", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }
}
