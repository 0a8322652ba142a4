package de.arbeitsgruppe.portal.meeting.ui;

import static de.arbeitsgruppe.portal.meeting.ui.MeetingDetailViewTest.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class MeetingEditViewTest extends ViewTest {

    @Autowired
    MeetingManagement meetings;

    @Test
    void plansAMeetingAndShowsIt() {
        var title = unique("Schnittstellengespräch Agentur – Jobcenter");
        var start = aDayNextYear().atTime(9, 30);
        var view = navigate("termine/neu", MeetingEditView.class);
        assertThat(heading().getText()).isEqualTo("Neuer Termin");

        test(view.form.type).selectItem("Schnittstellengespräch");
        test(view.form.title).setValue(title);
        test(view.form.start).setValue(start);
        test(view.form.place).setValue("Agentur für Arbeit, Raum 12");
        test(view.form.interfaceTopic).selectItem("Agentur für Arbeit – Jobcenter");
        test(view.form.invitedOrganisations).selectItem("Agentur für Arbeit Musterstadt", "Jobcenter Musterstadt");
        test(view.form.invitedContacts).selectItem("Julia Weber (Agentur für Arbeit Musterstadt)");
        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        assertThat(getCurrentView()).isInstanceOf(MeetingDetailView.class);
        assertThat(heading().getText()).isEqualTo(title);
        var saved = stored(title, start);
        assertThat(saved).singleElement().satisfies(meeting -> {
            assertThat(meeting.localEnd()).isEqualTo(start.plusHours(2));
            assertThat(meeting.getInvitedOrganisationIds())
                    .containsExactlyInAnyOrder("org-agentur-musterstadt", "org-jobcenter-musterstadt");
            assertThat(meeting.getInvitedContactIds()).containsExactly("c-agentur-weber");
            assertThat(meeting.getOrganiserOrganisationId()).isEqualTo("org-landkreis-musterstadt");
            assertThat(meeting.getOrganiserName()).isEqualTo("Anna Koordination");
            assertThat(meeting.getSeriesId()).isNull();
        });
    }

    @Test
    void plansAMonthlySeriesOnTheSecondTuesday() {
        var title = unique("Sitzung");
        var firstDay = aDayNextYear().withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        var view = navigate("termine/neu", MeetingEditView.class);
        test(view.form.title).setValue(title);
        test(view.form.start).setValue(firstDay.atTime(10, 0));

        test(view.form.recurrence.repeat).click();
        assertThat(view.form.recurrence.weekOfMonth.isVisible()).isTrue();
        test(view.form.recurrence.frequency).selectItem("Monatlich am n-ten Wochentag");
        test(view.form.recurrence.weekOfMonth).selectItem("am 2. Dienstag des Monats");
        test(view.form.recurrence.count).setValue(4);
        assertThat(view.form.recurrence.preview.getText())
                .isEqualTo("jeden Monat am 2. Dienstag, 4 Termine: erster Termin am " + Formats.date(firstDay)
                        + ", letzter am " + Formats.date(secondTuesday(firstDay.plusMonths(3))) + ".");
        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert: 4 Termine angelegt.");
        var first = (MeetingDetailView) getCurrentView();
        assertThat(first.series.rule.getText()).isEqualTo("Teil einer Serie: jeden Monat am 2. Dienstag, 4 Termine.");
        var dates = meetings.series(meetings.list(false, MeetingType.SESSION, 0, 1000).stream()
                .filter(m -> m.getTitle().equals(title)).findFirst().orElseThrow().getSeriesId());
        assertThat(dates).extracting(Meeting::localStart).containsExactly(
                firstDay.atTime(10, 0), secondTuesday(firstDay.plusMonths(1)).atTime(10, 0),
                secondTuesday(firstDay.plusMonths(2)).atTime(10, 0), secondTuesday(firstDay.plusMonths(3)).atTime(10, 0));
        assertThat(dates).allSatisfy(date -> assertThat(date.getAgenda()).hasSize(3));
    }

    @Test
    void offersTheLastWeekdayOfTheMonthForALateDate() {
        var lastTuesday = aDayNextYear().with(TemporalAdjusters.lastInMonth(DayOfWeek.TUESDAY));
        var view = navigate("termine/neu", MeetingEditView.class);
        test(view.form.start).setValue(lastTuesday.atTime(10, 0));
        test(view.form.recurrence.repeat).click();

        assertThat(view.form.recurrence.weekOfMonth.getListDataView().getItems()
                .map(week -> view.form.recurrence.weekOfMonth.getItemLabelGenerator().apply(week)).toList())
                .contains("am letzten Dienstag des Monats");
    }

    @Test
    void showsTheMessageNextToAnEndBeforeTheStartAndSavesNothing() {
        var title = unique("Verdreht");
        var start = aDayNextYear().atTime(14, 0);
        var view = navigate("termine/neu", MeetingEditView.class);
        test(view.form.title).setValue(title);
        test(view.form.start).setValue(start);
        test(view.form.end).setValue(start.minusHours(1));

        test(view.save).click();

        assertThat(view.form.end.isInvalid()).isTrue();
        assertThat(view.form.end.getErrorMessage()).isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(stored(title, start)).isEmpty();
    }

    @Test
    void movesTheEndAlongWhenTheStartMoves() {
        var view = navigate("termine/neu", MeetingEditView.class);
        var start = aDayNextYear().atTime(9, 0);
        test(view.form.start).setValue(start);
        test(view.form.end).setValue(start.plusMinutes(90));

        test(view.form.start).setValue(start.plusHours(5));

        assertThat(view.form.end.getValue()).isEqualTo(start.plusHours(5).plusMinutes(90));
    }

    @Test
    void showsTheMessageNextToAGuestsInvalidAddressAndSavesNothing() {
        var title = unique("Mit Gast");
        var start = aDayNextYear().atTime(11, 0);
        var view = navigate("termine/neu", MeetingEditView.class);
        test(view.form.title).setValue(title);
        test(view.form.start).setValue(start);
        test(view.form.guests.add).click();
        var guest = view.form.guests.guestRows().getFirst();
        test(guest.name).setValue("Petra Lange");
        test(guest.email).setValue("petra.lange-at-ihk");

        test(view.save).click();

        assertThat(guest.email.isInvalid()).isTrue();
        assertThat(guest.email.getErrorMessage())
                .isEqualTo("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.");
        assertThat(guest.name.isInvalid()).isFalse();
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(stored(title, start)).isEmpty();
    }

    @Test
    void savesGuestsWithTheirOrganisation() {
        var title = unique("Mit Gast");
        var start = aDayNextYear().atTime(11, 0);
        var view = navigate("termine/neu", MeetingEditView.class);
        test(view.form.title).setValue(title);
        test(view.form.start).setValue(start);
        test(view.form.guests.add).click();
        var guest = view.form.guests.guestRows().getFirst();
        test(guest.name).setValue("Petra Lange");
        test(guest.organisation).setValue("IHK Musterstadt");
        test(guest.email).setValue("petra.lange@ihk-musterstadt.example");

        test(view.save).click();

        assertThat(stored(title, start)).singleElement().satisfies(meeting -> assertThat(meeting.getGuests())
                .singleElement().satisfies(saved -> {
                    assertThat(saved.getName()).isEqualTo("Petra Lange");
                    assertThat(saved.getOrganisation()).isEqualTo("IHK Musterstadt");
                    assertThat(saved.getEmail()).isEqualTo("petra.lange@ihk-musterstadt.example");
                }));
    }

    @Test
    void changesADateAndAllLaterOnesOfASeriesButNotTheEarlierOnes() {
        var first = meetings.create(meeting(unique("Wochentreffen"), MeetingType.SESSION, 60), Recurrence.weekly(1, null, 4));
        var before = meetings.series(first.getSeriesId());
        var view = navigate("termine/" + before.get(1).getId() + "/bearbeiten", MeetingEditView.class);
        assertThat(view.form.recurrence.isVisible()).isFalse();

        test(view.form.start).setValue(before.get(1).localStart().with(LocalTime.of(14, 0)));
        test(view.form.place).setValue("Rathaus, Sitzungssaal");
        test(view.save).click();
        var dialog = find(Confirmation.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Welche Termine ändern?");
        dialog.chooseAlternative();

        assertThat(notifications()).contains("Gespeichert.");
        var after = meetings.series(first.getSeriesId());
        assertThat(after.getFirst().localStart()).isEqualTo(before.getFirst().localStart());
        assertThat(after.getFirst().getPlace()).isNull();
        for (int i = 1; i < 4; i++) {
            assertThat(after.get(i).localStart()).isEqualTo(before.get(i).localStart().with(LocalTime.of(14, 0)));
            assertThat(after.get(i).getPlace()).isEqualTo("Rathaus, Sitzungssaal");
            assertThat(after.get(i).duration()).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void changesOnlyTheChosenDateOfASeries() {
        var first = meetings.create(meeting(unique("Wochentreffen"), MeetingType.SESSION, 60), Recurrence.weekly(1, null, 3));
        var before = meetings.series(first.getSeriesId());
        var view = navigate("termine/" + before.get(1).getId() + "/bearbeiten", MeetingEditView.class);

        test(view.form.place).setValue("Ausweichraum");
        test(view.save).click();
        find(Confirmation.class).single().confirm();

        assertThat(meetings.series(first.getSeriesId())).extracting(Meeting::getPlace)
                .containsExactly(null, "Ausweichraum", null);
    }

    @Test
    void aSecondClickOnSaveAfterAConflictStillDoesNotOverwriteTheOtherCoordinatorsChange() {
        var meeting = meetings.create(meeting(unique("Umstritten"), MeetingType.INTERFACE_TALK, 60), null);
        var view = navigate("termine/" + meeting.getId() + "/bearbeiten", MeetingEditView.class);
        var theirs = meetings.find(meeting.getId()).orElseThrow();
        theirs.setPlace("Fassung von nebenan");
        meetings.update(theirs, EditScope.THIS);

        test(view.form.place).setValue("Meine Fassung");
        test(view.save).click();
        test(view.save).click();

        // the second click reports the conflict again, in place of the first message
        assertThat(notifications()).singleElement().asString().startsWith("Jemand anderes hat diesen Eintrag");
        assertThat(meetings.find(meeting.getId()).orElseThrow().getPlace()).isEqualTo("Fassung von nebenan");
    }

    @Test
    void showsAConflictInsteadOfOverwritingWhatAnotherCoordinatorSavedInTheMeantime() {
        var meeting = meetings.create(meeting(unique("Umstritten"), MeetingType.INTERFACE_TALK, 60), null);
        var view = navigate("termine/" + meeting.getId() + "/bearbeiten", MeetingEditView.class);
        assertThat(heading().getText()).isEqualTo("Termin bearbeiten: " + meeting.getTitle());
        var theirs = meetings.find(meeting.getId()).orElseThrow();
        theirs.setPlace("Fassung von nebenan");
        meetings.update(theirs, EditScope.THIS);

        test(view.form.place).setValue("Meine Fassung");
        test(view.save).click();

        assertThat(notifications()).singleElement().asString().startsWith("Jemand anderes hat diesen Eintrag");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.place.getValue()).isEqualTo("Meine Fassung");
        assertThat(meetings.find(meeting.getId()).orElseThrow().getPlace()).isEqualTo("Fassung von nebenan");
    }

    @Test
    void offersTheInterfaceOnlyForInterfaceTalksAndTheStateOnlyWhenEditing() {
        var view = navigate("termine/neu", MeetingEditView.class);
        assertThat(view.form.interfaceTopic.isVisible()).isFalse();
        assertThat(view.form.state.isVisible()).isFalse();

        test(view.form.type).selectItem("Schnittstellengespräch");

        assertThat(view.form.interfaceTopic.isVisible()).isTrue();
        var edit = navigate("termine/m-schnittstelle-kommune-jobcenter/bearbeiten", MeetingEditView.class);
        assertThat(edit.form.state.isVisible()).isTrue();
        assertThat(edit.form.state.isReadOnly()).isTrue();
        assertThat(edit.form.state.getValue()).hasToString("PLANNED");
        assertThat(edit.form.interfaceTopic.getValue()).hasToString("KOMMUNE_JOBCENTER");
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void sendsAMemberWhoWantsToPlanToKeinZugriff() {
        navigate("termine/neu", ForbiddenView.class);
        navigate("termine/m-schnittstelle-kommune-jobcenter/bearbeiten", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void sendsAPartnerWhoWantsToPlanToKeinZugriff() {
        navigate("termine/neu", ForbiddenView.class);
        navigate("termine/m-austausch-sprachkurstraeger/bearbeiten", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    private static LocalDate aDayNextYear() {
        return Formats.today().plusYears(1).plusDays(17);
    }

    private static LocalDate secondTuesday(LocalDate inMonth) {
        return inMonth.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    private List<Meeting> stored(String title, LocalDateTime start) {
        var instant = start.atZone(Formats.ZONE).toInstant();
        return meetings.between(instant.minusSeconds(3600 * 24), instant.plusSeconds(3600 * 24)).stream()
                .filter(meeting -> title.equals(meeting.getTitle())).toList();
    }
}
