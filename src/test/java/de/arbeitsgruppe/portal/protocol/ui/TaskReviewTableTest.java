package de.arbeitsgruppe.portal.protocol.ui;

import static de.arbeitsgruppe.portal.protocol.ui.MinutesTasks.AGENTUR;
import static de.arbeitsgruppe.portal.protocol.ui.MinutesTasks.CARITAS;
import static de.arbeitsgruppe.portal.protocol.ui.MinutesTasks.CLARA;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.protocol.ui.ReviewChoice.Kind;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** "Stand der Aufgaben" in the minutes of the next session: the open tasks of earlier minutes, recorded in one table. */
@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class TaskReviewTableTest extends ViewTest {

    @Autowired
    MeetingManagement meetings;
    @Autowired
    ProtocolManagement protocols;
    @Autowired
    Protocols stored;
    @Autowired
    TaskManagement tasks;

    LocalDateTime day;
    Meeting earlier;
    Meeting session;

    @BeforeEach
    void aSessionAfterAnotherThatGaveTasks() {
        day = AgendaFixtures.farBehind();
        earlier = ProtocolFixtures.heldSession(meetings, unique("Frühere Sitzung"), day);
        session = MinutesTasks.reviewSession(meetings, unique("Sitzung mit Stand der Aufgaben"), day.plusDays(1));
        protocols.start(session.getId());
    }

    @Test
    void listsTheOpenTasksOfEarlierMinutesByOrganisationButNotThoseOfLaterOnesOrClosedOnes() {
        var agentur = give("Plätze melden", null, AGENTUR, Visibility.INTERNAL);
        var clara = give("Ansprechperson benennen", CLARA, null, Visibility.INTERNAL);
        var done = give("Schon erledigt", null, AGENTUR, Visibility.INTERNAL);
        tasks.changeStatus(done.getId(), done.getVersion(), TaskStatus.DONE, null);
        var later = ProtocolFixtures.heldSession(meetings, unique("Spätere Sitzung"), day.plusDays(2));
        MinutesTasks.give(tasks, "Aus einer späteren Sitzung", later, ProtocolFixtures.item(later, 1), null, null,
                AGENTUR, Visibility.INTERNAL);

        var review = open().taskReview;

        var agenturTable = review.tables.get("Agentur für Arbeit Musterstadt");
        int row = rowOf(agenturTable, agentur);
        assertThat(agenturTable.getLabel()).isEqualTo("Stand der Aufgaben: Agentur für Arbeit Musterstadt");
        assertThat(agenturTable.getHeaders()).containsExactly("Aufgabe", "Zuständig", "Fällig", "Herkunft", "Stand",
                "Neuer Stand");
        assertThat(agenturTable.getCellText(row, 0)).isEqualTo("Plätze melden");
        assertThat(agenturTable.getCellText(row, 1)).isEqualTo("Agentur für Arbeit Musterstadt");
        assertThat(agenturTable.getCellText(row, 3)).isEqualTo("Sitzung vom " + Formats.date(day.toLocalDate()));
        assertThat(agenturTable.getCellText(row, 4)).isEqualTo("offen");
        var jobcenterTable = review.tables.get("Jobcenter Musterstadt");
        assertThat(jobcenterTable.getCellText(rowOf(jobcenterTable, clara), 1))
                .isEqualTo("Clara Jobcenter (Jobcenter Musterstadt)");
        assertThat(textOf(review)).contains("Agentur für Arbeit Musterstadt", "Jobcenter Musterstadt")
                .doesNotContain("Schon erledigt", "Aus einer späteren Sitzung");
        assertThat(review.save.isVisible()).isTrue();
    }

    @Test
    void recordingErledigtClosesTheTaskAndTheRowShowsWhatWasRecorded() {
        var task = give("Plätze melden", null, AGENTUR, Visibility.INTERNAL);
        var review = open().taskReview;

        review.choices.get(task.getId()).kind.setValue(Kind.DONE);
        test(review.save).click();

        assertThat(notifications()).contains("Stand gespeichert: eine Aufgabe.");
        assertThat(tasks.find(task.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.DONE);
        var table = review.tables.get("Agentur für Arbeit Musterstadt");
        assertThat(table.getCellText(rowOf(table, task), 4)).isEqualTo("erledigt");
        assertThat(review.choices.get(task.getId()).kind.getValue()).isEqualTo(Kind.UNCHANGED);
    }

    @Test
    void anExtensionWithoutDateOrADropWithoutReasonIsRefusedAtItsRowAndNothingIsSaved() {
        var done = give("Plätze melden", null, AGENTUR, Visibility.INTERNAL);
        var extended = give("Wartezeiten auswerten", null, AGENTUR, Visibility.INTERNAL);
        var review = open().taskReview;
        review.choices.get(done.getId()).kind.setValue(Kind.DONE);
        var row = review.choices.get(extended.getId());
        row.kind.setValue(Kind.EXTENDED);
        assertThat(row.newDue.isVisible()).isTrue();
        assertThat(row.reason.isVisible()).isFalse();

        test(review.save).click();

        assertThat(row.newDue.isInvalid()).isTrue();
        assertThat(row.newDue.getErrorMessage()).isEqualTo("Bitte ein neues Datum ab heute angeben.");
        assertThat(notifications()).contains("Nichts gespeichert: Bitte die markierte Zeile prüfen.");
        assertThat(tasks.find(done.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.OPEN);

        row.kind.setValue(Kind.DROPPED);
        test(review.save).click();

        assertThat(row.newDue.isInvalid()).isFalse();
        assertThat(row.reason.isInvalid()).isTrue();
        assertThat(row.reason.getErrorMessage()).isEqualTo("Bitte begründen, warum die Aufgabe entfällt.");
        assertThat(tasks.find(done.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(tasks.find(extended.getId()).orElseThrow().getReviews()).isEmpty();

        row.reason.setValue("Wird vom Land erhoben.");
        row.kind.setValue(Kind.DROPPED);
        test(review.save).click();

        assertThat(tasks.find(extended.getId()).orElseThrow().getStatusReason()).isEqualTo("Wird vom Land erhoben.");
        var table = review.tables.get("Agentur für Arbeit Musterstadt");
        assertThat(table.getCellText(rowOf(table, extended), 4)).isEqualTo("entfällt: Wird vom Land erhoben.");
        assertThat(table.getCellText(rowOf(table, done), 4)).isEqualTo("erledigt");
    }

    @Test
    void anExtensionMovesTheDueDateAndSaysUntilWhen() {
        var task = give("Wartezeiten auswerten", null, AGENTUR, Visibility.INTERNAL);
        var review = open().taskReview;
        var row = review.choices.get(task.getId());
        var until = Formats.today().plusDays(60);
        row.kind.setValue(Kind.EXTENDED);
        row.newDue.setValue(until);

        test(review.save).click();

        assertThat(tasks.find(task.getId()).orElseThrow().getDue()).isEqualTo(until);
        var table = review.tables.get("Agentur für Arbeit Musterstadt");
        assertThat(table.getCellText(rowOf(table, task), 4)).isEqualTo("verlängert bis " + Formats.date(until));
    }

    @Test
    void aTaskChangedMeanwhileIsAConflictTheTableShowsItAnewAndTheChoiceStays() {
        var task = give("Plätze melden", null, AGENTUR, Visibility.INTERNAL);
        var review = open().taskReview;
        review.choices.get(task.getId()).kind.setValue(Kind.DONE);
        // the owner moves it on while the session records
        tasks.changeStatus(task.getId(), task.getVersion(), TaskStatus.IN_PROGRESS, null);

        test(review.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Nichts gespeichert: Eine Aufgabe wurde inzwischen geändert."));
        assertThat(tasks.find(task.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(review.choices.get(task.getId()).kind.getValue()).isEqualTo(Kind.DONE);

        test(review.save).click();

        assertThat(tasks.find(task.getId()).orElseThrow().getStatus()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void aMemberReadsTheTableWithoutChoices() {
        var task = give("Plätze melden", null, AGENTUR, Visibility.INTERNAL);

        var review = SignedIn.as(SignedIn.MEMBER, Role.MEMBER, this::open).taskReview;

        var table = review.tables.get("Agentur für Arbeit Musterstadt");
        assertThat(table.getCellText(rowOf(table, task), 0)).isEqualTo("Plätze melden");
        assertThat(table.getHeaders()).doesNotContain("Neuer Stand");
        assertThat(review.choices).isEmpty();
        assertThat(review.save.isVisible()).isFalse();
    }

    @Test
    void aPartnerSeesOnlyTheTasksTheyMaySee() {
        give("Intern bei der Agentur", null, AGENTUR, Visibility.INTERNAL);
        var shared = give("Für Partner sichtbar", null, AGENTUR, Visibility.PARTNERS);
        var own = give("Aufgabe der Caritas", null, CARITAS, Visibility.INTERNAL);
        ProtocolFixtures.circulating(stored, session.getId(), Formats.today().plusDays(3));

        var review = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, this::open).taskReview;

        assertThat(review.tables.values().stream().flatMap(table -> table.getItems().stream()).map(Task::getId))
                .contains(shared.getId(), own.getId());
        assertThat(textOf(review)).doesNotContain("Intern bei der Agentur");
        assertThat(review.choices).isEmpty();
    }

    @Test
    void saysSoWhenNoTaskOfEarlierMinutesIsOpen() {
        var first = MinutesTasks.reviewSession(meetings, unique("Erste Sitzung überhaupt"),
                LocalDateTime.now().minusYears(30));
        protocols.start(first.getId());

        var review = navigate("termine/" + first.getId() + "/protokoll", ProtocolView.class).taskReview;

        assertThat(review.empty.isVisible()).isTrue();
        assertThat(review.empty.getText()).isEqualTo("Keine offenen Aufgaben aus früheren Protokollen.");
        assertThat(review.tables).isEmpty();
        assertThat(review.save.isVisible()).isFalse();
    }

    private Task give(String title, String contactId, String organisationId, Visibility visibility) {
        return MinutesTasks.give(tasks, title, earlier, ProtocolFixtures.item(earlier, 1), null, contactId,
                organisationId, visibility);
    }

    private ProtocolView open() {
        return navigate("termine/" + session.getId() + "/protokoll", ProtocolView.class);
    }

    private static int rowOf(ResponsiveTable<Task> table, Task task) {
        var items = table.getItems();
        return IntStream.range(0, items.size()).filter(i -> items.get(i).getId().equals(task.getId())).findFirst()
                .orElseThrow();
    }
}
