package de.arbeitsgruppe.portal.task.ui;

import static de.arbeitsgruppe.portal.task.ui.TaskViewFixtures.AGENTUR;
import static de.arbeitsgruppe.portal.task.ui.TaskViewFixtures.JOBCENTER;
import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The board: cards in the column of their status, moved from the keyboard ("Verschieben", "Verschieben nach …"). */
@WithMockUser(username = SignedIn.COORDINATOR, roles = Role.COORDINATOR_NAME)
class TaskBoardViewTest extends ViewTest {

    @Autowired
    TaskManagement tasks;
    @Autowired
    Tasks repository;

    private TaskViewFixtures fixtures;
    private Task open;
    private Task inProgress;
    private Task done;
    private Task dropped;

    @BeforeEach
    void aTaskOfEveryStatusInAYearOfItsOwn() {
        fixtures = new TaskViewFixtures(tasks, repository);
        open = fixtures.task("Träger informieren", AGENTUR, 2, 1, TaskStatus.OPEN);
        inProgress = fixtures.task("Statistik zusammenstellen", JOBCENTER, 2, 2, TaskStatus.IN_PROGRESS);
        done = fixtures.task("Einladung versenden", AGENTUR, 2, 3, TaskStatus.DONE);
        dropped = fixtures.task("Raum buchen", JOBCENTER, 2, 4, TaskStatus.DROPPED);
    }

    @Test
    void showsEachCardInTheColumnOfItsStatus() {
        var view = openBoard("");

        assertThat(heading().getText()).isEqualTo("Aufgabentafel");
        assertThat(titles(view, TaskStatus.OPEN)).containsExactly(open.getTitle());
        assertThat(titles(view, TaskStatus.IN_PROGRESS)).containsExactly(inProgress.getTitle());
        assertThat(titles(view, TaskStatus.DONE)).containsExactly(done.getTitle());
        assertThat(titles(view, TaskStatus.DROPPED)).containsExactly(dropped.getTitle());
        var column = view.columns.get(TaskStatus.IN_PROGRESS);
        assertThat(column.getClassNames()).contains("task-column");
        assertThat(column.getElement().getAttribute("data-status")).isEqualTo("in_progress");
        assertThat(column.heading.getText()).isEqualTo("In Arbeit (1)");
        var card = column.cards().getFirst();
        assertThat(card.getClassNames()).contains("task-card");
        assertThat(card.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(card.title.getHref()).isEqualTo("aufgaben/" + inProgress.getId());
        assertThat(textOf(card)).contains("Jobcenter Musterstadt (ganze Organisation)", "02.02." + fixtures.year);
        assertThat(view.list.getHref()).isEqualTo("aufgaben?von=" + fixtures.year + "-01-01&bis=" + fixtures.year + "-12-31");
    }

    @Test
    void filtersTheCardsAsTheAddressSays() {
        var view = openBoard("organisation=" + AGENTUR);

        assertThat(titles(view, TaskStatus.OPEN)).containsExactly(open.getTitle());
        assertThat(titles(view, TaskStatus.IN_PROGRESS)).isEmpty();
        assertThat(view.columns.get(TaskStatus.IN_PROGRESS).note.getText()).isEqualTo("Keine Aufgaben.");
        assertThat(titles(view, TaskStatus.DONE)).containsExactly(done.getTitle());
        TaskViewFixtures.addressesWritten();

        test(view.filters.organisation).selectItem("Jobcenter Musterstadt");

        assertThat(titles(view, TaskStatus.OPEN)).isEmpty();
        assertThat(titles(view, TaskStatus.IN_PROGRESS)).containsExactly(inProgress.getTitle());
        assertThat(TaskViewFixtures.addressesWritten().getLast()).startsWith("aufgaben/tafel?").contains("organisation=" + JOBCENTER);
    }

    @Test
    void movesACardFromTheKeyboardAndSaysWhereItWent() {
        var view = openBoard("");
        var card = view.card(open.getId()).orElseThrow();
        assertThat(card.move).isNotNull();

        moveFromTheKeyboard(card, "In Arbeit");

        assertThat(titles(view, TaskStatus.OPEN)).isEmpty();
        assertThat(titles(view, TaskStatus.IN_PROGRESS)).containsExactly(open.getTitle(), inProgress.getTitle());
        assertThat(stored(open).getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(notifications()).contains("„Träger informieren“ steht jetzt unter In Arbeit.");
    }

    @Test
    void theKeyboardsMoveOffersTheOtherColumnsAndCancellingChangesNothing() {
        var view = openBoard("");
        var card = view.card(open.getId()).orElseThrow();
        assertThat(card.move.getText()).isEqualTo("Verschieben");
        assertThat(card.move.getAriaLabel()).contains("Aufgabe „Träger informieren“ verschieben");

        test(card.move).click();

        var dialog = openMoveDialog();
        assertThat(dialog.targets).extracting(button -> button.getText())
                .containsExactly("Verschieben nach In Arbeit", "Verschieben nach Erledigt", "Verschieben nach Entfällt");
        test(dialog.cancel).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(open).getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(titles(view, TaskStatus.OPEN)).containsExactly(open.getTitle());
    }

    @Test
    void asksWhyATaskIsDroppedAndSavesNothingWithoutAReason() {
        var view = openBoard("");

        moveFromTheKeyboard(view.card(open.getId()).orElseThrow(), "Entfällt");

        var dialog = find(DropDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Aufgabe entfällt");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Bitte begründen, warum die Aufgabe entfällt.");
        assertThat(stored(open).getStatus()).isEqualTo(TaskStatus.OPEN);

        test(dialog.reason).setValue("Die Träger wurden schon im Januar informiert.");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored(open).getStatus()).isEqualTo(TaskStatus.DROPPED);
        assertThat(stored(open).getStatusReason()).isEqualTo("Die Träger wurden schon im Januar informiert.");
        assertThat(titles(view, TaskStatus.DROPPED)).contains(open.getTitle());
    }

    @Test
    void aStaleCardReloadsTheBoardWithAMessageInsteadOfMovingIt() {
        var view = openBoard("");
        var card = view.card(open.getId()).orElseThrow();
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> tasks.changeStatus(open.getId(), open.getVersion(),
                TaskStatus.DONE, null));

        moveFromTheKeyboard(card, "In Arbeit");

        assertThat(stored(open).getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(notifications()).contains("Jemand hat „Träger informieren“ inzwischen geändert. "
                + "Die Tafel zeigt jetzt den aktuellen Stand.");
        assertThat(titles(view, TaskStatus.DONE)).contains(open.getTitle());
        assertThat(titles(view, TaskStatus.OPEN)).isEmpty();
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void aCardOfATaskTheUserMayNotMoveOnHasNoMoveControlAndCannotBeDragged() {
        var view = openBoard("");

        var others = view.card(inProgress.getId()).orElseThrow();
        assertThat(others.move).isNull();
        assertThat(others.getElement().getProperty("draggable", false)).isFalse();
        assertThat(textOf(others)).doesNotContain("Verschieben");
        var own = view.card(open.getId()).orElseThrow();
        assertThat(own.move).isNotNull();
        assertThat(own.getElement().getProperty("draggable", false)).isTrue();
    }

    @Test
    @WithMockUser(username = SignedIn.MEMBER, roles = Role.MEMBER_NAME)
    void aCardWhoseTaskWasGivenToOthersMeanwhileReloadsTheBoardInsteadOfMoving() {
        var view = openBoard("");
        var card = view.card(open.getId()).orElseThrow();
        var reassigned = stored(open);
        reassigned.setOwner(null, JOBCENTER);
        repository.save(reassigned);

        moveFromTheKeyboard(card, "In Arbeit");

        assertThat(stored(open).getStatus()).isEqualTo(TaskStatus.OPEN);
        assertThat(notifications()).contains("Jemand hat „Träger informieren“ inzwischen geändert. "
                + "Die Tafel zeigt jetzt den aktuellen Stand.");
        assertThat(view.card(open.getId()).orElseThrow().move).as("the reloaded card offers no move").isNull();
    }

    /** The open one: a closed dialog stays attached here, where no browser reports its closing animation. */
    private TaskMoveDialog openMoveDialog() {
        var open = find(TaskMoveDialog.class).all().stream().filter(TaskMoveDialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    private TaskBoardView openBoard(String more) {
        TaskViewFixtures.open(fixtures.address("aufgaben/tafel", more));
        return (TaskBoardView) getCurrentView();
    }

    /** The card's "Verschieben" and then the dialog's "Verschieben nach …", as keyboard and screen reader users reach them. */
    private void moveFromTheKeyboard(TaskCard card, String column) {
        test(card.move).click();
        var dialog = openMoveDialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Aufgabe „" + card.task.title() + "“ verschieben");
        var target = dialog.targets.stream().filter(button -> button.getText().equals("Verschieben nach " + column))
                .findFirst().orElseThrow(() -> new AssertionError("no target " + column));
        test(target).click();
        assertThat(dialog.isOpened()).isFalse();
    }

    private Task stored(Task task) {
        return repository.findById(task.getId()).orElseThrow();
    }

    private static List<String> titles(TaskBoardView view, TaskStatus status) {
        return view.columns.get(status).cards().stream().map(card -> card.task.title()).toList();
    }
}
