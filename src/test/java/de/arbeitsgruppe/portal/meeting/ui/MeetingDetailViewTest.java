package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class MeetingDetailViewTest extends ViewTest {

    static final String INTERFACE_TALK = "m-schnittstelle-kommune-jobcenter";
    static final String PARTNER_MEETING = "m-austausch-sprachkurstraeger";

    @Autowired
    MeetingManagement meetings;
    @Autowired
    Protocols protocols;
    @Autowired
    PortalProperties properties;

    @Test
    void showsTheMeetingWithItsInviteesByNameAndItsAgenda() {
        var view = open(INTERFACE_TALK);
        var talk = meetings.find(INTERFACE_TALK).orElseThrow();

        assertThat(heading().getText()).isEqualTo("Schnittstellengespräch Kommune – Jobcenter: Rechtskreiswechsel");
        assertThat(textOf(view.facts)).contains("Art des TerminsSchnittstellengespräch",
                "Datum und Uhrzeit" + Formats.date(talk.localStart().toLocalDate()) + ", 14:00 – 15:30",
                "OrtJobcenter Musterstadt, Besprechungsraum 1",
                "EinladendeClara Jobcenter, Jobcenter Musterstadt",
                "SchnittstelleKommune – Jobcenter", "Standgeplant", "Sichtbar fürIntern (Mitglieder)",
                "Eingeladene OrganisationenJobcenter Musterstadt, Landkreis Musterstadt",
                "Eingeladene Personen und PostfächerClara Jobcenter, Kemal Özdemir");
        assertThat(textOf(view.facts)).doesNotContain("c-kommune-oezdemir", "org-jobcenter-musterstadt");
        assertThat(textOf(view.agenda)).contains("TOP 1: Ablauf beim Rechtskreiswechsel nach Anerkennung (45 Min.)",
                "TOP 2: Datenaustausch und Fristen (30 Min.)");
        assertThat(view.agenda.total.getText()).isEqualTo("Geplant sind 75 Minuten; der Termin dauert 90 Minuten.");
        assertThat(view.agenda.overrun.isVisible()).isFalse();
        assertThat(view.series.isVisible()).isFalse();
        assertThat(view.getPageTitle()).isEqualTo(heading().getText() + " – Koordinierungsportal");
    }

    @Test
    void namesWhoPresentsAnAgendaItemWithTheAgendaEditorsWord() {
        var title = unique("Vorstellung");
        var created = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = meeting(title, MeetingType.INTERFACE_TALK, 60);
            var item = new AgendaItem("Bericht aus dem Jobcenter", 20);
            item.setPresenter("Clara Jobcenter");
            meeting.setAgenda(List.of(item));
            return meetings.create(meeting, null);
        });

        var view = open(created.getId());

        // the same word as in the agenda editor ("Vortrag: …"), never "Berichterstattung" beside it
        assertThat(textOf(view.agenda)).contains("TOP 1: Bericht aus dem Jobcenter (20 Min., Vortrag: Clara Jobcenter)")
                .doesNotContain("Berichterstattung");
    }

    @Test
    void offersTheMeetingAsICalendarFile() {
        var view = open(INTERFACE_TALK);

        assertThat(view.icsDownload.getText()).isEqualTo("Als iCalendar-Datei (.ics)");
        assertThat(view.icsDownload.getHref()).isEqualTo("ical/termine/" + INTERFACE_TALK + ".ics");
        assertThat(view.icsDownload.isRouterIgnore()).isTrue();
        assertThat(view.icsDownload.getElement().hasAttribute("download")).isTrue();
        assertThat(view.seriesIcsDownload.isVisible()).isFalse();
    }

    @Test
    void describesTheSeriesOfASessionAndLinksItsNeighbours() {
        var view = open("m-ag-sitzung-5");

        assertThat(view.series.rule.getText()).isEqualTo("Teil einer Serie: jeden Monat am 2. Dienstag, 10 Termine.");
        assertThat(view.series.previous.getHref()).isEqualTo("termine/m-ag-sitzung-4");
        assertThat(view.series.previous.getText()).startsWith("Vorheriger Termin: ").endsWith(", 10:00 – 12:00");
        assertThat(view.series.next.getHref()).isEqualTo("termine/m-ag-sitzung-6");
        assertThat(view.seriesIcsDownload.getText()).isEqualTo("Ganze Serie (.ics)");
        assertThat(view.seriesIcsDownload.getHref()).isEqualTo("ical/serien/s-ag-sitzungen.ics");
        assertThat(textOf(view.agenda)).contains("TOP 1: Genehmigung des Protokolls der letzten Sitzung");
        assertThat(textOf(view.facts)).contains("Zur KenntnisPostfach Integration Landkreis");
    }

    @Test
    void warnsWhenTheAgendaNeedsMoreTimeThanTheMeetingHas() {
        // a new session gets three standard items of ten minutes: 30 minutes for a 20-minute meeting
        var meeting = meetings.create(meeting("Kurzsitzung", MeetingType.SESSION, 20), null);

        var view = open(meeting.getId());

        assertThat(view.agenda.overrun.isVisible()).isTrue();
        assertThat(view.agenda.overrun.getText()).isEqualTo(
                "Achtung: Die Tagesordnung braucht 30 Minuten, der Termin dauert nur 20 Minuten (10 Minuten zu viel).");
    }

    @Test
    void summarisesWhoWasThereAndWhoWasExcused() {
        var meeting = meeting("Nachbereitete Sitzung", MeetingType.JOINT_EVENT, 60);
        meeting.setGuests(List.of(new Guest("Petra Gast", "IHK", "petra.gast@ihk.example")));
        meeting.setInvitedContactIds(Set.of("c-kommune-mueller", "c-agentur-weber"));
        meeting.setAttendance(Map.of("c-kommune-mueller", Attendance.PRESENT, "c-agentur-weber", Attendance.PRESENT,
                new Guest("Petra Gast", "IHK", "petra.gast@ihk.example").attendanceKey(), Attendance.EXCUSED));
        var saved = meetings.create(meeting, null);

        var view = open(saved.getId());

        assertThat(textOf(view.facts)).contains(
                "Anwesenheitanwesend (2): Julia Weber, Sabine Müller; entschuldigt (1): Petra Gast",
                "Gäste ohne KontoPetra Gast (IHK), petra.gast@ihk.example");
    }

    @Test
    void theInvitationButtonOpensTheDialogWithTheRecipients() {
        var view = open(INTERFACE_TALK);

        test(view.invite).click();

        var dialog = find(InvitationDialog.class).single();
        assertThat(dialog.recipients.getChildren().count()).isPositive();
        assertThat(dialog.send.isEnabled()).isTrue();
    }

    @Test
    void aHeldMeetingOffersNoInvitation() {
        var view = open("m-ag-sitzung-1");

        assertThat(view.invite.isVisible()).isFalse();
    }

    @Test
    void offersTheOfficeEveryFollowUpActionAndTheInvitation() {
        var view = open(INTERFACE_TALK);

        assertThat(view.actions.isVisible()).isTrue();
        assertThat(List.of(view.edit, view.editAgenda, view.attendance, view.invite, view.cancel))
                .extracting(button -> button.getText())
                .containsExactly("Bearbeiten", "Tagesordnung bearbeiten", "Anwesenheit und Nachbereitung",
                        "Einladung versenden", "Absagen");
        assertThat(view.invite.isVisible()).isTrue();

        test(view.edit).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingEditView.class);
    }

    @Test
    void movesAMeetingWithoutDraggingAndKeepsItsLength() {
        var meeting = meetings.create(meeting(unique("Zu verschieben"), MeetingType.INTERFACE_TALK, 90), null);
        var view = open(meeting.getId());
        var newStart = meeting.localStart().plusDays(3).withHour(9).withMinute(15);

        test(view.move).click();
        var dialog = find(MoveDialog.class).single();
        assertThat(dialog.before.getText()).startsWith("Bisher: " + Formats.dateTime(meeting.getStart()));
        test(dialog.start).setValue(newStart);
        test(dialog.move).click();

        var moved = meetings.find(meeting.getId()).orElseThrow();
        assertThat(moved.localStart()).isEqualTo(newStart);
        assertThat(moved.localEnd()).isEqualTo(newStart.plusMinutes(90));
        assertThat(notifications()).anyMatch(text -> text.startsWith("Der Termin ist verschoben: " + Formats.dateTime(moved.getStart())));
        assertThat(textOf(view.facts)).contains(Formats.dateTime(moved.getStart()));
    }

    @Test
    void asksForTheNewStartNextToTheFieldInsteadOfMovingToNowhere() {
        var meeting = meetings.create(meeting(unique("Ohne Ziel"), MeetingType.INTERFACE_TALK, 60), null);
        var view = open(meeting.getId());

        test(view.move).click();
        var dialog = find(MoveDialog.class).single();
        dialog.start.clear();
        test(dialog.move).click();

        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo("Bitte Datum und Uhrzeit des neuen Beginns angeben.");
        assertThat(meetings.find(meeting.getId()).orElseThrow().getStart()).isEqualTo(meeting.getStart());
    }

    @Test
    void cancelsASingleMeetingAfterConfirmation() {
        var meeting = meetings.create(meeting(unique("Abzusagen"), MeetingType.INTERFACE_TALK, 60), null);
        var view = open(meeting.getId());

        test(view.cancel).click();
        var dialog = find(Confirmation.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Termin absagen?");
        dialog.confirm();

        assertThat(notifications()).contains("Der Termin ist abgesagt.");
        assertThat(meetings.find(meeting.getId()).orElseThrow().getState()).isEqualTo(MeetingState.CANCELLED);
        assertThat(view.cancelledNote.isVisible()).isTrue();
        assertThat(textOf(view.facts)).contains("Standabgesagt");
        assertThat(view.cancel.isVisible()).isFalse();
    }

    @Test
    void cancelsOnlyTheChosenDateOfASeries() {
        var first = meetings.create(meeting(unique("Serie"), MeetingType.SESSION, 60), Recurrence.weekly(1, null, 3));
        var dates = meetings.series(first.getSeriesId());
        var view = open(dates.get(1).getId());

        test(view.cancel).click();
        find(Confirmation.class).single().confirm();

        assertThat(meetings.series(first.getSeriesId())).extracting(Meeting::getState)
                .containsExactly(MeetingState.PLANNED, MeetingState.CANCELLED, MeetingState.PLANNED);
    }

    @Test
    void cancelsADateAndAllFollowingOnesWhenChosen() {
        var first = meetings.create(meeting(unique("Serie"), MeetingType.SESSION, 60), Recurrence.weekly(1, null, 3));
        var dates = meetings.series(first.getSeriesId());
        var view = open(dates.get(1).getId());

        test(view.cancel).click();
        find(Confirmation.class).single().chooseAlternative();

        assertThat(notifications()).contains("Dieser und alle folgenden Termine der Serie sind abgesagt.");
        assertThat(meetings.series(first.getSeriesId())).extracting(Meeting::getState)
                .containsExactly(MeetingState.PLANNED, MeetingState.CANCELLED, MeetingState.CANCELLED);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsAMemberTheMeetingWithoutPlanningActions() {
        var view = open(INTERFACE_TALK);

        assertThat(textOf(view.facts)).contains("Eingeladene Personen und PostfächerClara Jobcenter, Kemal Özdemir");
        assertThat(view.actions.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerNeitherInviteesNorInternalAgendaItems() {
        var view = open(PARTNER_MEETING);

        assertThat(heading().getText()).isEqualTo("Austausch mit den Sprachkursträgern");
        assertThat(textOf(view.agenda)).contains("TOP 1: Freie Plätze in Integrations- und Berufssprachkursen")
                .doesNotContain("Zuweisungszahlen");
        assertThat(textOf(view.facts)).doesNotContain("Eingeladene", "Dora Caritas", "Caritasverband");
        assertThat(view.actions.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void saysNotFoundToAPartnerWhoGuessesTheIdOfAnInternalMeeting() {
        navigate("termine/" + INTERFACE_TALK, NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    @Test
    void saysNotFoundForAnUnknownId() {
        navigate("termine/m-gibt-es-nicht", NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    @Test
    void linksTheMinutesOfAMeetingAndNamesTheirState() {
        var meeting = meetings.create(meeting(unique("Mit Protokoll"), MeetingType.INTERFACE_TALK, 60), null);
        ProtocolFixtures.store(protocols, meeting.getId(), properties.workingGroupId(), ProtocolState.APPROVED);

        var view = open(meeting.getId());

        assertThat(view.minutesLink.isVisible()).isTrue();
        assertThat(view.minutesLink.getText()).isEqualTo("Protokoll (genehmigt)");
        assertThat(view.minutesLink.getHref()).isEqualTo("termine/" + meeting.getId() + "/protokoll");
    }

    @Test
    void offersTheOfficeToWriteTheMinutesOnceTheMeetingIsOverButNotBefore() {
        var over = meeting(unique("Vorbei"), MeetingType.INTERFACE_TALK, 60);
        over.setLocalStart(Formats.today().minusDays(7).atTime(9, 0));
        over.setLocalEnd(over.localStart().plusHours(1));
        var past = meetings.create(over, null);
        var upcoming = meetings.create(meeting(unique("Bevorstehend"), MeetingType.INTERFACE_TALK, 60), null);

        var view = open(past.getId());
        assertThat(view.minutesLink.isVisible()).isTrue();
        assertThat(view.minutesLink.getText()).isEqualTo("Protokoll schreiben");
        assertThat(view.minutesLink.getHref()).isEqualTo("termine/" + past.getId() + "/protokoll");

        view = open(upcoming.getId());
        assertThat(view.minutesLink.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void showsAPartnerNoDraftButTheMinutesSentRound() {
        var draft = partnerMeetingWithMinutes(ProtocolState.DRAFT);
        var circulating = partnerMeetingWithMinutes(ProtocolState.CIRCULATING);

        assertThat(open(draft.getId()).minutesLink.isVisible()).isFalse();

        var view = open(circulating.getId());
        assertThat(view.minutesLink.isVisible()).isTrue();
        assertThat(view.minutesLink.getText()).isEqualTo("Protokoll (in Abstimmung)");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void showsAMemberTheDraftOfTheMinutesButNoWayToWriteThem() {
        var draft = partnerMeetingWithMinutes(ProtocolState.DRAFT);
        var over = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = meeting(unique("Vorbei"), MeetingType.INTERFACE_TALK, 60);
            meeting.setLocalStart(Formats.today().minusDays(7).atTime(9, 0));
            meeting.setLocalEnd(meeting.localStart().plusHours(1));
            return meetings.create(meeting, null);
        });

        assertThat(open(draft.getId()).minutesLink.getText()).isEqualTo("Protokoll (Entwurf)");
        assertThat(open(over.getId()).minutesLink.isVisible()).isFalse();
    }

    @Test
    void theApprovalItemLinksToTheMinutesApprovedInTheMeeting() {
        var earlier = meetings.create(meeting(unique("Sitzung"), MeetingType.SESSION, 60), null);
        var later = meeting(unique("Sitzung"), MeetingType.SESSION, 60);
        later.setLocalStart(earlier.localStart().plusWeeks(4));
        later.setLocalEnd(later.localStart().plusHours(1));
        var approving = meetings.create(later, null);
        ProtocolFixtures.store(protocols, earlier.getId(), properties.workingGroupId(), ProtocolState.APPROVED,
                approving.getId());

        var view = open(approving.getId());

        assertThat(textOf(view.agenda)).contains("TOP 1: Genehmigung des Protokolls der letzten Sitzung");
        assertThat(view.agenda.approvalMinutes.getHref()).isEqualTo("termine/" + earlier.getId() + "/protokoll");
        assertThat(view.agenda.approvalMinutes.getText()).isEqualTo("Protokoll (genehmigt)");
    }

    @Test
    void theApprovalItemLinksToTheMinutesOfThePreviousDateSentRound() {
        var first = meetings.create(meeting(unique("Serie"), MeetingType.SESSION, 60), Recurrence.weekly(1, null, 2));
        var dates = meetings.series(first.getSeriesId());
        ProtocolFixtures.store(protocols, dates.get(0).getId(), properties.workingGroupId(), ProtocolState.CIRCULATING);

        var view = open(dates.get(1).getId());

        assertThat(view.agenda.approvalMinutes.getHref()).isEqualTo("termine/" + dates.get(0).getId() + "/protokoll");
        assertThat(view.agenda.approvalMinutes.getText()).isEqualTo("Protokoll (in Abstimmung)");
    }

    /** A meeting open to partners, a year ahead, with minutes in the given state. */
    private Meeting partnerMeetingWithMinutes(ProtocolState state) {
        var meeting = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var open = meeting(unique("Austausch"), MeetingType.JOINT_EVENT, 60);
            open.setVisibility(Visibility.PARTNERS);
            return meetings.create(open, null);
        });
        ProtocolFixtures.store(protocols, meeting.getId(), properties.workingGroupId(), state);
        return meeting;
    }

    private MeetingDetailView open(String id) {
        return navigate("termine/" + id, MeetingDetailView.class);
    }

    /** A meeting on a Wednesday a year ahead, so that lists of the next dates stay as they are. */
    static Meeting meeting(String title, MeetingType type, int minutes) {
        var start = Formats.today().plusYears(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).atTime(9, 0);
        var meeting = new Meeting(type, title, null, null);
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusMinutes(minutes));
        meeting.setOrganiserOrganisationId("org-landkreis-musterstadt");
        return meeting;
    }
}
