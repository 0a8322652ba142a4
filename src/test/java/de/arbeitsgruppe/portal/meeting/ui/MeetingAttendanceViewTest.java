package de.arbeitsgruppe.portal.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.meeting.AgendaBacklog;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingRecords;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class MeetingAttendanceViewTest extends ViewTest {

    private static final String WEBER = "Julia Weber (Agentur für Arbeit Musterstadt)";
    private static final String YILMAZ = "Aylin Yılmaz (Jobcenter Musterstadt)";
    private static final String GUEST = "Petra Lange (IHK Musterstadt), Gast";

    @Autowired
    MeetingManagement meetings;
    @Autowired
    AgendaBacklog backlog;
    @Autowired
    MeetingRecords records;

    @Test
    void namesEveryRadioGroupAfterTheInvitedPersonOrGuest() {
        var view = open(single(AgendaFixtures.farBehind()));

        assertThat(heading().getText()).startsWith("Anwesenheit: Anwesenheitstest");
        assertThat(view.attendance.names()).containsExactly(YILMAZ, WEBER, GUEST);
        assertThat(view.attendance.groups.values()).allSatisfy(group -> assertThat(group.getListDataView().getItems()
                .map(view.attendance.groups.values().iterator().next().getItemLabelGenerator()))
                .containsExactly("anwesend", "entschuldigt", "nicht erschienen"));
        assertThat(view.hint.isVisible()).isFalse();
    }

    @Test
    void savesWhoWasPresentExcusedOrAbsent() {
        var meeting = single(AgendaFixtures.farBehind());
        var view = open(meeting);

        test(group(view, WEBER)).selectItem("anwesend");
        test(group(view, YILMAZ)).selectItem("entschuldigt");
        test(group(view, GUEST)).selectItem("nicht erschienen");
        test(view.save).click();

        assertThat(notifications()).contains("Anwesenheit gespeichert.");
        assertThat(stored(meeting).getAttendance()).containsExactlyInAnyOrderEntriesOf(Map.of(
                AgendaFixtures.WEBER, Attendance.PRESENT, AgendaFixtures.YILMAZ, Attendance.EXCUSED,
                AgendaFixtures.GUEST.attendanceKey(), Attendance.ABSENT));
        assertThat(stored(meeting).getState()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void aSecondCoordinatorSavingAttendanceMeanwhileIsShownAsAConflictAndNothingIsOverwritten() {
        var meeting = single(AgendaFixtures.farBehind());
        var view = open(meeting);
        test(group(view, WEBER)).selectItem("anwesend");
        // the other coordinator, at another computer, saves first
        records.recordAttendance(meeting.getId(), meeting.getVersion(), Map.of(AgendaFixtures.WEBER, Attendance.EXCUSED));

        test(view.save).click();

        assertThat(notifications()).anyMatch(text -> text.startsWith("Jemand anderes hat diesen Eintrag inzwischen geändert."));
        assertThat(stored(meeting).getAttendance()).containsExactlyEntriesOf(Map.of(AgendaFixtures.WEBER, Attendance.EXCUSED));
    }

    @Test
    void marksEveryoneWithoutAnAnswerAsPresentAtOnce() {
        var view = open(single(AgendaFixtures.farBehind()));
        test(group(view, YILMAZ)).selectItem("entschuldigt");

        test(view.attendance.allPresent).click();

        assertThat(view.attendance.values().values())
                .containsExactlyInAnyOrder(Attendance.EXCUSED, Attendance.PRESENT, Attendance.PRESENT);
    }

    @Test
    void saysWhereItemsNotDealtWithGoBeforeClosingAndMovesThemToTheNextDate() {
        var template = AgendaFixtures.meeting(unique("Reihe"), AgendaFixtures.farBehind(), 120,
                new AgendaItem("Bericht", 20), new AgendaItem("Fallzahlen", 20), new AgendaItem("Termine", 20));
        var first = meetings.create(template, Recurrence.weekly(1, null, 2));
        var next = meetings.series(first.getSeriesId()).get(1);
        var view = open(first);
        test(group(view, WEBER)).selectItem("anwesend");

        test(view.dealtWith).deselectItems("TOP 2: Fallzahlen", "TOP 3: Termine");
        test(view.close).click();
        var confirmation = find(Confirmation.class).single();

        assertThat(confirmation.getQuestion()).isEqualTo("2 nicht behandelte Punkte werden in den Termin am "
                + Formats.date(next.localStart().toLocalDate()) + " übernommen: „Fallzahlen“, „Termine“. "
                + "Welche Punkte behandelt wurden, lässt sich danach nicht mehr ändern.");

        confirmation.confirm();

        assertThat(notifications()).contains("Der Termin ist abgeschlossen; 2 Punkte wurden in den Termin am "
                + Formats.date(next.localStart().toLocalDate()) + " übernommen.");
        assertThat(stored(first).getState()).isEqualTo(MeetingState.HELD);
        assertThat(stored(first).getAttendance()).containsEntry(AgendaFixtures.WEBER, Attendance.PRESENT);
        assertThat(stored(next).getAgenda()).extracting(AgendaItem::getTitle)
                .containsExactly("Bericht", "Fallzahlen", "Termine", "Fallzahlen", "Termine");
        assertThat(view.close.isVisible()).isFalse();
        assertThat(view.dealtWith.isReadOnly()).isTrue();
        assertThat(view.hint.getText()).startsWith("Dieser Termin ist als durchgeführt abgeschlossen.");
    }

    @Test
    void movesTheOpenItemOfASingleMeetingToTheBacklog() {
        var title = unique("Bleibt offen");
        var meeting = single(AgendaFixtures.farBehind(), new AgendaItem(title, 15));
        var view = open(meeting);

        test(view.dealtWith).deselectAll();
        test(view.close).click();
        var confirmation = find(Confirmation.class).single();

        assertThat(confirmation.getQuestion()).startsWith("1 nicht behandelter Punkt wird in den Themenspeicher "
                + "verschoben, weil es keinen Folgetermin gibt: „" + title + "“.");

        confirmation.confirm();

        assertThat(backlog.list()).extracting(BacklogItem::getTitle).contains(title);
        assertThat(stored(meeting).getState()).isEqualTo(MeetingState.HELD);
    }

    @Test
    void changesNothingWhenTheClosingIsCancelled() {
        var meeting = single(AgendaFixtures.farBehind(), new AgendaItem("Punkt", 15));
        var view = open(meeting);

        test(view.close).click();
        var confirmation = find(Confirmation.class).single();
        assertThat(confirmation.getQuestion()).startsWith("Alle Punkte wurden behandelt.");
        confirmation.cancel();

        assertThat(stored(meeting).getState()).isEqualTo(MeetingState.PLANNED);
    }

    @Test
    void pointsOutThatAttendanceIsUsuallyRecordedAfterAMeetingInTheFuture() {
        var view = open(single(AgendaFixtures.farAhead()));

        assertThat(view.hint.isVisible()).isTrue();
        assertThat(view.hint.getText()).isEqualTo(
                "Dieser Termin liegt in der Zukunft. Die Anwesenheit wird üblicherweise nach der Sitzung erfasst.");
        assertThat(view.save.isVisible()).isTrue();
        assertThat(view.close.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void isNotOpenToMembers() {
        navigate("termine/m-ag-sitzung-1/anwesenheit", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    private Meeting single(LocalDateTime start, AgendaItem... items) {
        return meetings.create(AgendaFixtures.meeting(unique("Anwesenheitstest"), start, 90, items), null);
    }

    private MeetingAttendanceView open(Meeting meeting) {
        return navigate("termine/" + meeting.getId() + "/anwesenheit", MeetingAttendanceView.class);
    }

    private Meeting stored(Meeting meeting) {
        return meetings.find(meeting.getId()).orElseThrow();
    }

    private static RadioButtonGroup<Attendance> group(MeetingAttendanceView view, String name) {
        return view.attendance.groups.values().stream().filter(group -> group.getLabel().equals(name)).findFirst()
                .orElseThrow();
    }
}
