package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskRefused;
import de.arbeitsgruppe.portal.task.TaskSort;
import de.arbeitsgruppe.portal.task.TaskStatus;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Aufgabentafel": one column per status, with the list's filters. A card moves by mouse (drag and
 * drop) or from the keyboard ("Verschieben", then "Verschieben nach …"); "Entfällt" asks for the
 * reason first. Each move is said in a message that screen readers announce, and the card keeps the
 * focus in its new column.
 */
@Route(TaskBoardView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
@CssImport("./styles/task-board.css")
public class TaskBoardView extends PortalView implements BeforeEnterObserver {

    static final String ROUTE = "aufgaben/tafel";
    /**
     * Open tasks shown per column at most, the soonest due: about a screen's height; the filters narrow
     * them down and the list shows them all. Each card's components are held in the session: 200 per
     * column made the board weigh 3.6 MB per open tab in the load test's memory measurement, 30 still
     * 2.8 MB (each card held its whole task and a menu of targets then); now up to 40 light cards
     * (15 per open, 5 per closed column), 637 kB.
     */
    static final int OPEN_LIMIT = 15;
    /** Closed tasks shown per column: the most recent; the list shows them all. */
    static final int CLOSED_LIMIT = 5;

    final TaskFilterFields filters;
    final Anchor list = new Anchor();
    final Div board = new Div();
    final Map<TaskStatus, TaskColumn> columns = new EnumMap<>(TaskStatus.class);

    private final TaskManagement tasks;
    private final Clock clock;
    private TaskFilter filter = TaskFilterAddress.DEFAULT;

    TaskBoardView(TaskManagement tasks, OrganisationManagement organisations, ContactDirectory directory,
            MeetingManagement meetings, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        filters = new TaskFilterFields(this, organisations, directory, meetings, false, this::filterChanged);
        list.setText(getTranslation("task.board.list"));
        board.addClassName("task-board");
        for (var status : TaskStatus.values()) {
            var column = new TaskColumn(status, this::move);
            columns.put(status, column);
            board.add(column);
        }
        add(list, filters.panel, board);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(TaskFilterAddress.read(event.getLocation().getQueryParameters()));
        filter = current();
        reload();
    }

    /** The filter as the board shows it and the address keeps it; the statuses are the columns. */
    TaskFilter filter() {
        return filter;
    }

    private TaskFilter current() {
        return filters.value(TaskSort.DUE, false);
    }

    private void filterChanged() {
        filter = current();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, TaskFilterAddress.address(ROUTE, filter)));
        reload();
    }

    void reload() {
        var today = LocalDate.now(clock);
        columns.forEach((status, column) -> {
            // open tasks soonest due first; of the closed ones the latest, which are the ones still talked about
            var shown = filter.withStatuses(Set.of(status)).sortedBy(TaskSort.DUE, !status.isOpen());
            var page = tasks.search(shown, 0, status.isOpen() ? OPEN_LIMIT : CLOSED_LIMIT);
            var cards = page.stream().map(task -> new TaskCard(task, tasks.mayProgress(task), today, this::chooseTarget));
            column.show(cards.toList(), tasks.count(shown));
        });
        list.setHref(TaskFilterAddress.address(TaskListView.ROUTE, filter));
    }

    /** "Verschieben" on a card: the keyboard's way to the other columns. */
    private void chooseTarget(TaskCard.Shown task) {
        new TaskMoveDialog(task, this::move).open();
    }

    /** Moves a card to a column, by mouse or keyboard; "Entfällt" asks for the reason first. */
    void move(TaskCard.Shown task, TaskStatus target) {
        if (task.status() == target) {
            return;
        }
        if (!tasks.find(task.id()).map(tasks::mayProgress).orElse(false)) {
            // removed, or given to others, since the board was drawn: show what is stored now
            Notices.error(getTranslation("task.board.conflict", task.title()));
            reload();
            focusCard(task.id(), task.status());
            return;
        }
        if (target == TaskStatus.DROPPED) {
            var dialog = new DropDialog[1];
            var settled = new boolean[1];
            dialog[0] = new DropDialog(task.title(), reason -> {
                var refused = changeStatus(task, target, reason);
                if (refused != null) {
                    dialog[0].refuse(getTranslation(refused.messageKey()));
                }
                settled[0] = refused == null;
                return settled[0];
            });
            // cancelled, the keyboard goes on from the card (a saved move has placed the focus already)
            dialog[0].addOpenedChangeListener(change -> {
                if (!change.isOpened() && !settled[0]) {
                    focusCard(task.id(), task.status());
                }
            });
            dialog[0].open();
        } else {
            changeStatus(task, target, null);
        }
    }

    /** The rule the move broke, to be shown next to the reason; null when the board shows the outcome. */
    private TaskRefused changeStatus(TaskCard.Shown task, TaskStatus target, String reason) {
        Task saved;
        try {
            saved = SaveFailures.attempt(this, () -> {
                try {
                    return tasks.changeStatus(task.id(), task.version(), target, reason);
                } catch (ConflictException conflict) {
                    // nothing typed is lost here: the board shows what is stored now
                    Notices.error(getTranslation("task.board.conflict", task.title()));
                    return null;
                }
            });
        } catch (TaskRefused refused) {
            return refused;
        }
        reload();
        if (saved != null) {
            // the moved task itself, not the next one a recurring duty may have answered with
            Notices.success(getTranslation("task.board.moved", task.title(), getTranslation(target.translationKey())));
        }
        // where the keyboard was: the control it used went away with the reload
        focusCard(task.id(), saved != null ? target : task.status());
        return null;
    }

    /**
     * The card of this task, where it is now; when the board does not show it (a column shows the
     * first 15 or the last 5), the heading of the column it went to, so that the focus is not lost.
     */
    private void focusCard(String taskId, TaskStatus column) {
        var focused = card(taskId).<Component>map(card -> card).orElse(columns.get(column).heading);
        focused.getElement().executeJs("this.focus()");
    }

    Optional<TaskCard> card(String taskId) {
        return columns.values().stream().flatMap(column -> column.cards().stream())
                .filter(card -> card.task.id().equals(taskId)).findFirst();
    }

    @Override
    protected String titleKey() {
        return "task.board.title";
    }
}
