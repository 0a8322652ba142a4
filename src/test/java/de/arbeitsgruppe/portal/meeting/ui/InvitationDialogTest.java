package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingInvitations;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.COORDINATOR, roles = "COORDINATOR")
class InvitationDialogTest extends ViewTest {

    @Autowired
    MeetingInvitations invitations;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    ContactDirectory contacts;

    @Test
    void warnsWithTheDeadlineDateWhenTheMeetingStartsInThreeDays() {
        var meeting = plan(3, List.of(new Guest("Gabi Gast", "IHK Musterstadt", "gabi.gast@ihk.example")), Set.of());

        var dialog = open(meeting);

        var deadline = Formats.date(meeting.localStart().toLocalDate().minusDays(7));
        assertThat(dialog.deadlineWarning.isVisible()).isTrue();
        assertThat(dialog.deadlineWarning.getText()).isEqualTo("Die Ladungsfrist von 7 Tagen ist unterschritten: "
                + "Die Einladung hätte bis zum " + deadline + " versendet werden sollen. Sie können trotzdem einladen.");
        assertThat(dialog.send.isEnabled()).isTrue();
    }

    @Test
    void showsNoWarningWhenTheInvitationGoesOutInTime() {
        var meeting = plan(30, List.of(new Guest("Gabi Gast", null, "gabi.gast@ihk.example")), Set.of());

        var dialog = open(meeting);

        assertThat(dialog.deadlineWarning.isVisible()).isFalse();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Einladung versenden: " + meeting.getTitle());
    }

    @Test
    void listsTheRecipientsAndThoseWithoutAnAddress() {
        var withoutAddress = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () ->
                contacts.create(new Contact(ContactKind.PERSON, unique("Otto Ohnemail"), "org-agentur-musterstadt")));
        var meeting = plan(20, List.of(new Guest("Gabi Gast", null, "gabi.gast@ihk.example")),
                Set.of("c-kommune-oezdemir", withoutAddress.getId()));

        var dialog = open(meeting);

        assertThat(textOf(dialog)).contains("Empfänger (2)");
        assertThat(textOf(dialog.recipients)).contains("Kemal Özdemir – kommune-oezdemir@musterstadt.example",
                "Gabi Gast – gabi.gast@ihk.example");
        assertThat(textOf(dialog.withoutAddress)).isEqualTo(withoutAddress.getName() + " – keine E-Mail-Adresse");
    }

    @Test
    void refusesToSendWhenNobodyIsInvited() {
        var meeting = plan(20, List.of(), Set.of());

        var dialog = open(meeting);

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).startsWith("Niemand mit E-Mail-Adresse ist eingeladen.");
        assertThat(dialog.send.isEnabled()).isFalse();
    }

    @Test
    void tellsTheCoordinatorThatTheInvitationWasKeptInTheOutboxWithoutAMailServer() {
        var meeting = plan(20, List.of(new Guest("Gabi Gast", null, "gabi.gast@ihk.example")), Set.of("c-kommune-oezdemir"));
        var dialog = open(meeting);
        dialog.sending = Runnable::run;

        test(dialog.send).click();

        assertThat(dialog.result.getText())
                .isEqualTo("Einladung an 2 Empfänger im Postausgang abgelegt (kein Mailserver eingerichtet).");
        assertThat(dialog.progress.isVisible()).isFalse();
        assertThat(dialog.send.isEnabled()).isFalse();
        assertThat(notifications()).contains(dialog.result.getText());
        assertThat(meetings.find(meeting.getId()).orElseThrow().getState()).isEqualTo(MeetingState.INVITED);
    }

    @Test
    void offersTheWholeSeriesForADateOfASeries() {
        var date = meetings.series("s-ag-sitzungen").stream()
                .filter(meeting -> meeting.getState() != MeetingState.HELD).findFirst().orElseThrow();

        var dialog = open(date);

        assertThat(dialog.scope.isVisible()).isTrue();
        assertThat(dialog.scope.getLabel()).isEqualTo("Einladung für");
        assertThat(dialog.scope.getValue()).as("whole series chosen").isFalse();
        var label = dialog.scope.getItemLabelGenerator();
        assertThat(label.apply(false)).isEqualTo("nur dieser Termin (" + Formats.date(date.localStart().toLocalDate())
                + "): jeder Empfänger erhält eine E-Mail zu diesem einen Termin, mit einer Kalenderdatei, die nur ihn einträgt");
        assertThat(label.apply(true)).isEqualTo("ganze Serie: jeder Empfänger erhält eine E-Mail mit allen kommenden "
                + "Terminen der Serie, mit einer Kalenderdatei, die die ganze Serie einträgt");
    }

    private InvitationDialog open(Meeting meeting) {
        var dialog = new InvitationDialog(meeting.getId(), invitations);
        dialog.open();
        roundTrip();
        return dialog;
    }

    private Meeting plan(int inDays, List<Guest> guests, Set<String> contactIds) {
        var start = Formats.today().plusDays(inDays).atTime(14, 0);
        var meeting = new Meeting(MeetingType.INTERFACE_TALK, unique("Prüfgespräch"), null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusHours(1));
        meeting.setGuests(guests);
        meeting.setInvitedContactIds(contactIds);
        return meetings.create(meeting, null);
    }
}
