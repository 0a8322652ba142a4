package de.arbeitsgruppe.portal.task.ui;

import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.asCoordinator;
import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.forClara;
import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ui.ProtocolView;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskRepeat;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
class TaskEditViewTest extends ViewTest {

    static final String CLARA = "Clara Jobcenter (Jobcenter Musterstadt)";
    static final String JOBCENTER = "Jobcenter Musterstadt (ganze Organisation)";

    @Autowired
    TaskManagement tasks;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Clock clock;

    @Test
    void givesANewTaskToAPersonAndShowsIt() {
        var title = unique("Datenübermittlung vorbereiten");
        var view = navigate("aufgaben/neu", TaskEditView.class);
        assertThat(heading().getText()).isEqualTo("Neue Aufgabe");
        assertThat(view.form.status.isVisible()).isFalse();
        assertThat(view.fromMinutes.isVisible()).isFalse();

        test(view.form.title).setValue(title);
        test(view.form.owner).selectItem(CLARA);
        view.form.due.setValue(today().plusDays(10));
        test(view.form.priority).selectItem("Hoch");
        test(view.form.contactInterface).selectItem("Kommune – Jobcenter");
        test(view.form.repeat.kind).selectItem("Monatlich");
        test(view.form.repeat.day).setValue(15);
        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        assertThat(getCurrentView()).isInstanceOf(TaskDetailView.class);
        assertThat(heading().getText()).isEqualTo(title);
        assertThat(titled(title)).singleElement().satisfies(task -> {
            assertThat(task.getOwnerContactId()).isEqualTo("c-jobcenter-clara");
            assertThat(task.getOwnerOrganisationId()).isEqualTo("org-jobcenter-musterstadt");
            assertThat(task.getDue()).isEqualTo(today().plusDays(10));
            assertThat(task.getRepeat().getKind()).isEqualTo(TaskRepeat.Kind.MONTHLY);
            assertThat(task.getRepeat().getDayOfMonth()).isEqualTo(15);
            assertThat(task.getOrigin()).isNull();
        });
    }

    @Test
    void givesATaskToAWholeOrganisationAndOffersOnlyMembersOrPartnersAsVisibility() {
        var title = unique("Ansprechpartner benennen");
        var view = navigate("aufgaben/neu", TaskEditView.class);
        assertThat(view.form.visibility.getListDataView().getItems().map(Enum::name).toList())
                .containsExactly("INTERNAL", "PARTNERS");

        test(view.form.title).setValue(title);
        test(view.form.owner).selectItem(JOBCENTER);
        view.form.due.setValue(today());
        test(view.save).click();

        assertThat(titled(title)).singleElement().satisfies(task -> {
            assertThat(task.getOwnerContactId()).isNull();
            assertThat(task.getOwnerOrganisationId()).isEqualTo("org-jobcenter-musterstadt");
        });
    }

    @Test
    void aNewTaskDueYesterdayShowsTheMessageNextToTheDateAndSavesNothing() {
        var title = unique("Zu spät");
        var view = navigate("aufgaben/neu", TaskEditView.class);
        test(view.form.title).setValue(title);
        test(view.form.owner).selectItem(CLARA);
        view.form.due.setValue(today().minusDays(1));

        test(view.save).click();

        assertThat(view.form.due.isInvalid()).isTrue();
        assertThat(view.form.due.getErrorMessage()).isEqualTo("Eine neue Aufgabe kann nicht in der Vergangenheit fällig sein.");
        assertThat(notifications()).containsExactly("Bitte prüfen Sie die markierten Felder.");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(titled(title)).isEmpty();
    }

    @Test
    void aTaskWithoutOwnerShowsTheMessageNextToTheOwnerFieldAndSavesNothing() {
        var title = unique("Niemandes Aufgabe");
        var view = navigate("aufgaben/neu", TaskEditView.class);
        test(view.form.title).setValue(title);
        view.form.due.setValue(today().plusDays(3));

        test(view.save).click();

        assertThat(view.form.owner.isInvalid()).isTrue();
        assertThat(view.form.owner.getErrorMessage())
                .isEqualTo("Bitte angeben, wer die Aufgabe übernimmt: eine Person oder eine Organisation.");
        assertThat(view.form.title.isInvalid()).isFalse();
        assertThat(titled(title)).isEmpty();
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsWhatTheUserTyped() {
        var task = forClara(tasks, unique("Umstritten"), today().plusDays(5));
        var view = navigate("aufgaben/" + task.getId() + "/bearbeiten", TaskEditView.class);
        assertThat(heading().getText()).isEqualTo("Aufgabe bearbeiten: " + task.getTitle());
        asCoordinator(() -> {
            var theirs = tasks.find(task.getId()).orElseThrow();
            theirs.setDescription("Fassung von nebenan");
            return tasks.update(theirs);
        });

        test(view.form.description).setValue("Meine Fassung");
        test(view.save).click();

        assertThat(notifications()).singleElement().asString().startsWith("Jemand anderes hat diesen Eintrag");
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.form.description.getValue()).isEqualTo("Meine Fassung");
        assertThat(stored(tasks, task.getId()).getDescription()).isEqualTo("Fassung von nebenan");
    }

    @Test
    void droppingATaskInTheFormNeedsAReasonNextToTheField() {
        var task = forClara(tasks, unique("Entfällt im Formular"), today().plusDays(5));
        var view = navigate("aufgaben/" + task.getId() + "/bearbeiten", TaskEditView.class);
        assertThat(view.form.statusReason.isVisible()).isFalse();

        test(view.form.status).selectItem("Entfällt");
        assertThat(view.form.statusReason.isVisible()).isTrue();
        test(view.save).click();

        assertThat(view.form.statusReason.isInvalid()).isTrue();
        assertThat(view.form.statusReason.getErrorMessage()).isEqualTo("Bitte begründen, warum die Aufgabe entfällt.");
        assertThat(stored(tasks, task.getId()).getStatus()).isEqualTo(TaskStatus.OPEN);

        test(view.form.statusReason).setValue("Erledigt sich mit dem neuen Verfahren.");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(TaskDetailView.class);
        assertThat(stored(tasks, task.getId()).getStatus()).isEqualTo(TaskStatus.DROPPED);
    }

    @Test
    void keepsAnOverdueDateWhenEditingAnotherField() {
        var task = forClara(tasks, unique("Längst fällig"), today().plusDays(1));
        TaskPageFixtures.dueOn(tasks, task.getId(), today().minusDays(3));
        var view = navigate("aufgaben/" + task.getId() + "/bearbeiten", TaskEditView.class);

        test(view.form.description).setValue("Nachgefragt.");
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(TaskDetailView.class);
        assertThat(stored(tasks, task.getId()).getDescription()).isEqualTo("Nachgefragt.");
    }

    @Test
    void prefillsTitleAndOriginFromTheMinutesAndLeadsBackToThem() {
        var meeting = ProtocolFixtures.heldSession(meetings, unique("Sitzung"), AgendaFixtures.farBehind());
        var item = meeting.getAgenda().get(1);
        var title = unique("Kursplätze melden");
        UI.getCurrent().navigate("aufgaben/neu", QueryParameters.simple(Map.of("termin", meeting.getId(),
                "top", item.getId(), "beschluss", "d-probe", "nummer", "B-2026-09", "titel", title)));
        var view = (TaskEditView) getCurrentView();

        assertThat(view.fromMinutes.getText()).isEqualTo("Aus dem Protokoll: " + meeting.getTitle() + " am "
                + Formats.date(meeting.localStart().toLocalDate()) + ", TOP 2: Sprachkurse im Frühjahr, Beschluss B-2026-09");
        assertThat(view.form.title.getValue()).isEqualTo(title);
        test(view.form.owner).selectItem(CLARA);
        view.form.due.setValue(today().plusDays(14));
        test(view.save).click();

        assertThat(getCurrentView()).isInstanceOf(ProtocolView.class);
        assertThat(titled(title)).singleElement().satisfies(task -> {
            assertThat(task.getOrigin().getMeetingId()).isEqualTo(meeting.getId());
            assertThat(task.getOrigin().getAgendaItemId()).isEqualTo(item.getId());
            assertThat(task.getOrigin().getDecisionId()).isEqualTo("d-probe");
            assertThat(task.getOrigin().getDecisionNumber()).isEqualTo("B-2026-09");
            assertThat(task.getOrigin().getItemTitle()).isEqualTo("Sprachkurse im Frühjahr");
        });
    }

    @Test
    void cancellingAFormFromTheMinutesLeadsBackToThem() {
        var meeting = ProtocolFixtures.heldSession(meetings, unique("Sitzung"), AgendaFixtures.farBehind());
        UI.getCurrent().navigate("aufgaben/neu", QueryParameters.simple(Map.of("termin", meeting.getId())));
        var view = (TaskEditView) getCurrentView();

        test(view.cancel).click();

        assertThat(getCurrentView()).isInstanceOf(ProtocolView.class);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void sendsAMemberWhoWantsToGiveOrChangeATaskToKeinZugriff() {
        var task = forClara(tasks, unique("Nicht für Bernd"), today().plusDays(5));

        navigate("aufgaben/neu", ForbiddenView.class);
        navigate("aufgaben/" + task.getId() + "/bearbeiten", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    @Test
    @WithMockUser(username = "dora.caritas", roles = "PARTNER")
    void sendsAPartnerWhoGuessesTheEditAddressOfAnInternalTaskToTheNotFoundPage() {
        var task = forClara(tasks, unique("Geraten"), today().plusDays(5));

        navigate("aufgaben/" + task.getId() + "/bearbeiten", de.arbeitsgruppe.portal.shared.ui.NotFoundView.class);

        assertThat(textOf(getCurrentView())).doesNotContain(task.getTitle());
    }

    private List<Task> titled(String title) {
        return asCoordinator(() -> tasks.search(TaskFilter.OPEN, 0, 1000)).stream()
                .filter(task -> title.equals(task.getTitle())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
