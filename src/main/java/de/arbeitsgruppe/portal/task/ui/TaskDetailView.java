package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskRefused;
import de.arbeitsgruppe.portal.task.TaskStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One task with everything the user may see. The owner side and the office move it on and comment;
 * the office also edits it and reads its "Verlauf". An unknown id and a task the user may not see
 * both show the not-found page, so a guessed id reveals nothing.
 */
@Route("aufgaben/:id")
@PermitAll
public class TaskDetailView extends PortalView implements BeforeEnterObserver {

    final TaskFacts facts = new TaskFacts();
    final Button start = new Button();
    final Button done = new Button();
    final Button drop = new Button();
    final Button reopen = new Button();
    final Anchor edit = new Anchor();
    final HorizontalLayout actions = new HorizontalLayout();
    final TaskComments comments = new TaskComments(this::comment);
    final HistorySlot history;
    DropDialog dropDialog;

    private final TaskManagement tasks;
    private final Clock clock;
    private Task task;

    TaskDetailView(TaskManagement tasks, RecordHistory recordHistory, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        this.history = new HistorySlot(recordHistory);
        start.setText(getTranslation("task.detail.action.start"));
        start.addClickListener(click -> changeTo(TaskStatus.IN_PROGRESS));
        done.setText(getTranslation("task.detail.action.done"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> changeTo(TaskStatus.DONE));
        drop.setText(getTranslation("task.detail.action.drop"));
        drop.addClickListener(click -> openDropDialog());
        reopen.setText(getTranslation("task.detail.action.reopen"));
        reopen.addClickListener(click -> changeTo(TaskStatus.OPEN));
        edit.setText(getTranslation("task.detail.action.edit"));
        actions.setWrap(true);
        actions.add(start, done, drop, reopen, edit);
        add(actions, facts, comments, history, new Anchor("aufgaben/meine", getTranslation("task.detail.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tasks.find(event.getRouteParameters().get("id").orElse(null))
                .ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(Task shown) {
        task = shown;
        heading.setText(shown.getTitle());
        facts.show(shown, LocalDate.now(clock));
        var mayProgress = tasks.mayProgress(shown);
        var status = shown.getStatus();
        start.setVisible(mayProgress && status == TaskStatus.OPEN);
        done.setVisible(mayProgress && shown.isOpen());
        drop.setVisible(mayProgress && shown.isOpen());
        reopen.setVisible(mayProgress && status != TaskStatus.OPEN);
        reopen.setText(getTranslation(shown.isOpen() ? "task.detail.action.backToOpen" : "task.detail.action.reopen"));
        var mayEdit = tasks.mayEdit(shown);
        edit.setVisible(mayEdit);
        edit.setHref("aufgaben/" + shown.getId() + "/bearbeiten");
        actions.setVisible(mayProgress || mayEdit);
        comments.show(shown.getComments(), mayProgress);
        history.show(Task.class, shown.getId());
    }

    /** Shows the stored task anew; one that the user may no longer see leads back to their list. */
    private void reload() {
        tasks.find(task.getId()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate("aufgaben/meine")));
    }

    void changeTo(TaskStatus status) {
        changeTo(status, null);
    }

    private boolean changeTo(TaskStatus status, String reason) {
        var followedUpBefore = task.isFollowUpCreated();
        var changed = attempt(() -> tasks.changeStatus(task.getId(), task.getVersion(), status, reason));
        if (changed.isEmpty()) {
            return false;
        }
        reload();
        var saved = changed.get();
        // a recurring duty closed: the service has created the next one
        Notices.success(saved.isRecurring() && saved.isFollowUpCreated() && !followedUpBefore
                ? getTranslation("task.detail.followUp", Formats.date(saved.getRepeat().after(saved.getDue())))
                : getTranslation("task.detail.statusChanged", getTranslation(status.translationKey())));
        return true;
    }

    void openDropDialog() {
        dropDialog = new DropDialog(task.getTitle(), reason -> {
            try {
                return changeTo(TaskStatus.DROPPED, reason);
            } catch (TaskRefused refused) {
                dropDialog.refuse(getTranslation(refused.messageKey()));
                return false;
            }
        });
        dropDialog.open();
    }

    void comment() {
        var text = comments.textToSend();
        if (text == null) {
            return;
        }
        if (attempt(() -> tasks.comment(task.getId(), text)).isPresent()) {
            comments.sent();
            reload();
            Notices.success(getTranslation("task.detail.comments.sent"));
        }
    }

    /**
     * Runs a change; someone else's change in the meantime is told and the page shows the stored task
     * anew, while what the user typed stays in its field for a second try.
     */
    private <T> Optional<T> attempt(Supplier<T> change) {
        return SaveFailures.attemptOrReload(this, "task.detail.conflict", this::reload, change);
    }

    @Override
    protected String titleKey() {
        return "task.detail.title";
    }
}
