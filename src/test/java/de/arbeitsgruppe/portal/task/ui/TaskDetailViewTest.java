package de.arbeitsgruppe.portal.task.ui;

import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.asCoordinator;
import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.forClara;
import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import de.arbeitsgruppe.portal.task.TaskRepeat;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
class TaskDetailViewTest extends ViewTest {

    @Autowired
    TaskManagement tasks;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Clock clock;

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsOwnerDueDateOriginAndRepetitionAndGivesTheOfficeTheEditLinkAndTheHistory() {
        var meeting = ProtocolFixtures.heldSession(meetings, unique("Sitzung"), AgendaFixtures.farBehind());
        var item = meeting.getAgenda().get(1);
        var task = asCoordinator(() -> {
            var given = new Task(unique("Kurszahlen melden"), today().plusDays(3));
            given.setOwner(TaskPageFixtures.CLARA, null);
            given.setDescription("Bitte die Zahlen\nje Träger melden.");
            given.setOrigin(new TaskOrigin(meeting.getId(), item.getId(), null, "B-2026-07"));
            given.setRepeat(TaskRepeat.quarterly(15));
            return tasks.create(given);
        });

        var view = open(task);

        assertThat(heading().getText()).isEqualTo(task.getTitle());
        assertThat(textOf(view.facts)).contains("BeschreibungBitte die Zahlen\nje Träger melden.",
                "ZuständigClara Jobcenter (Jobcenter Musterstadt)", "Fällig am" + Formats.date(today().plusDays(3)),
                "PrioritätNormal", "StatusOffen", "Sichtbar fürIntern (Mitglieder)", "WiederholungVierteljährlich am 15.");
        var origin = find(Anchor.class, view.facts).single();
        assertThat(origin.getText()).isEqualTo(meeting.getTitle() + " am "
                + Formats.date(meeting.localStart().toLocalDate()) + ", TOP „Sprachkurse im Frühjahr“, Beschluss B-2026-07");
        assertThat(origin.getHref()).isEqualTo("termine/" + meeting.getId() + "/protokoll#top-" + item.getId());
        assertThat(view.edit.isVisible()).isTrue();
        assertThat(view.edit.getHref()).isEqualTo("aufgaben/" + task.getId() + "/bearbeiten");
        assertThat(find(Details.class, view.history).single().getSummaryText()).isEqualTo("Verlauf");
    }

    @Test
    void saysInWordsThatATaskIsOverdue() {
        var task = forClara(tasks, unique("Liste schicken"), today().plusDays(1));
        TaskPageFixtures.dueOn(tasks, task.getId(), today().minusDays(2));

        var view = open(task);

        assertThat(textOf(view.facts)).contains("Fällig am" + Formats.date(today().minusDays(2)) + " – überfällig");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aPartnerOpeningAnotherOrganisationsInternalTaskByItsIdGetsTheNotFoundPageAndNoData() {
        var task = forClara(tasks, unique("Interne Fallzahlen"), today().plusDays(5));

        navigate("aufgaben/" + task.getId(), NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
        assertThat(textOf(getCurrentView())).doesNotContain(task.getTitle(), "Clara");
    }

    @Test
    void theOwnerSetsTheTaskInProgressAndComments() {
        var task = forClara(tasks, unique("Termine abstimmen"), today().plusDays(5));
        var view = open(task);
        assertThat(view.reopen.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();

        test(view.start).click();

        assertThat(notifications()).contains("Status geändert: In Arbeit.");
        assertThat(textOf(view.facts)).contains("StatusIn Arbeit");
        assertThat(view.start.isVisible()).isFalse();
        assertThat(view.reopen.getText()).isEqualTo("Zurück auf „Offen“");
        assertThat(stored(tasks, task.getId()).getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);

        test(view.comments.text).setValue("Termin mit der Kommune steht am Dienstag.");
        test(view.comments.send).click();

        assertThat(notifications()).contains("Kommentar gespeichert.");
        assertThat(view.comments.text.getValue()).isEmpty();
        var comment = stored(tasks, task.getId()).getComments().getFirst();
        assertThat(textOf(view.comments.list)).isEqualTo("Clara Jobcenter (Jobcenter Musterstadt), "
                + Formats.dateTime(comment.getAt()) + "Termin mit der Kommune steht am Dienstag.");
        assertThat(view.comments.empty.isVisible()).isFalse();
    }

    @Test
    void anEmptyCommentShowsTheMessageNextToTheFieldAndSavesNothing() {
        var task = forClara(tasks, unique("Leer kommentiert"), today().plusDays(5));
        var view = open(task);

        test(view.comments.send).click();

        assertThat(view.comments.text.isInvalid()).isTrue();
        assertThat(view.comments.text.getErrorMessage()).isEqualTo("Bitte einen Kommentar schreiben.");
        assertThat(stored(tasks, task.getId()).getComments()).isEmpty();
    }

    @Test
    void droppingWithoutAReasonShowsTheMessageNextToTheFieldAndSavesNothing() {
        var task = forClara(tasks, unique("Entfällt vielleicht"), today().plusDays(5));
        var view = open(task);

        test(view.drop).click();
        roundTrip();
        test(view.dropDialog.confirm).click();

        assertThat(view.dropDialog.isOpened()).isTrue();
        assertThat(view.dropDialog.reason.isInvalid()).isTrue();
        assertThat(view.dropDialog.reason.getErrorMessage()).isEqualTo("Bitte begründen, warum die Aufgabe entfällt.");
        assertThat(stored(tasks, task.getId()).getStatus()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void droppingWithAReasonClosesTheTaskAndShowsWhy() {
        var task = forClara(tasks, unique("Entfällt sicher"), today().plusDays(5));
        var view = open(task);

        test(view.drop).click();
        roundTrip();
        test(view.dropDialog.reason).setValue("Durch den neuen Erlass überholt.");
        test(view.dropDialog.confirm).click();

        assertThat(view.dropDialog.isOpened()).isFalse();
        assertThat(textOf(view.facts)).contains("StatusEntfällt", "BegründungDurch den neuen Erlass überholt.");
        assertThat(view.drop.isVisible()).isFalse();
        assertThat(view.reopen.getText()).isEqualTo("Wieder öffnen");
        assertThat(stored(tasks, task.getId()).getStatusReason()).isEqualTo("Durch den neuen Erlass überholt.");
    }

    @Test
    void finishingARecurringTaskTellsWhenTheNextOneIsDue() {
        var task = asCoordinator(() -> {
            var given = new Task(unique("Monatliche Datenübermittlung"), today().plusDays(2));
            given.setOwner(TaskPageFixtures.CLARA, null);
            given.setRepeat(TaskRepeat.monthly(today().plusDays(2).getDayOfMonth()));
            return tasks.create(given);
        });
        var view = open(task);

        test(view.done).click();

        var next = TaskRepeat.monthly(today().plusDays(2).getDayOfMonth()).after(today().plusDays(2));
        assertThat(notifications()).contains("Erledigt. Die nächste Aufgabe dieser Reihe ist angelegt und am "
                + Formats.date(next) + " fällig.");
        assertThat(textOf(view.facts)).contains("StatusErledigt");
    }

    @Test
    void aChangeAfterSomeoneElsesShowsTheConflictShowsTheCurrentStateAndKeepsTheTypedComment() {
        var task = forClara(tasks, unique("Gleichzeitig"), today().plusDays(5));
        var view = open(task);
        test(view.comments.text).setValue("Mein halb geschriebener Kommentar");
        TaskPageFixtures.status(tasks, task.getId(), TaskStatus.IN_PROGRESS, null);

        test(view.done).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Die Aufgabe wurde inzwischen"));
        assertThat(textOf(view.facts)).contains("StatusIn Arbeit");
        assertThat(view.comments.text.getValue()).isEqualTo("Mein halb geschriebener Kommentar");
        assertThat(stored(tasks, task.getId()).getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);

        test(view.done).click();

        assertThat(stored(tasks, task.getId()).getStatus()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aMemberOfAnotherOrganisationReadsTheTaskButNeitherMovesItOnNorCommentsNorSeesItsHistory() {
        var task = forClara(tasks, unique("Nur lesen"), today().plusDays(5));

        var view = open(task);

        assertThat(heading().getText()).isEqualTo(task.getTitle());
        assertThat(view.actions.isVisible()).isFalse();
        assertThat(view.comments.text.isVisible()).isFalse();
        assertThat(view.comments.send.isVisible()).isFalse();
        assertThat(view.comments.empty.getText()).isEqualTo("Noch keine Kommentare.");
        assertThat(find(Details.class, view.history).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void aPartnerSeesATaskOfAnotherOrganisationMarkedForPartnersWithoutActions() {
        var task = TaskPageFixtures.give(tasks, unique("Für Partner"), null, TaskPageFixtures.AGENTUR,
                today().plusDays(5), Visibility.PARTNERS);

        var view = open(task);

        assertThat(textOf(view.facts)).contains("ZuständigAgentur für Arbeit Musterstadt (ganze Organisation)",
                "HerkunftOhne Sitzung vergeben");
        assertThat(view.actions.isVisible()).isFalse();
    }

    private TaskDetailView open(Task task) {
        return navigate("aufgaben/" + task.getId(), TaskDetailView.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
