package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * A task on the board: title, owner, due date. One the user may move on is dragged by mouse, or
 * moved from the keyboard with "Verschieben", which names each target column.
 */
class TaskCard extends ListItem {

    /**
     * What a card keeps of its task for as long as the board is open: enough to move it (the version
     * it showed, so that a move over a newer change is refused) and to name it. The whole task, with
     * its description, comments and reviews, is read again when it moves.
     */
    record Shown(String id, Long version, TaskStatus status, String title) implements Serializable {
    }

    final Shown task;
    final Anchor title;
    /** Null when the user may not move the task on. */
    final MenuBar move;

    TaskCard(Task task, boolean movable, LocalDate today, BiConsumer<Shown, TaskStatus> onMove) {
        this.task = new Shown(task.getId(), task.getVersion(), task.getStatus(), task.getTitle());
        addClassName("task-card");
        // focusable, so that the board can return focus to a card after it moved
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("data-task", task.getId());
        title = new Anchor(TaskListView.ROUTE + "/" + task.getId(), task.getTitle());
        title.addClassName("task-card-title");
        var owner = new Div(TaskTexts.owner(this, task));
        owner.addClassName("task-card-owner");
        var due = new Div(TaskTexts.due(this, task, today));
        due.addClassName("task-card-due");
        add(title, owner, due);
        move = movable ? moveMenu(onMove) : null;
        if (movable) {
            add(move);
            var drag = DragSource.create(this);
            drag.setDragData(this.task);
            drag.setEffectAllowed(EffectAllowed.MOVE);
        }
    }

    private MenuBar moveMenu(BiConsumer<Shown, TaskStatus> onMove) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        menu.addClassName("task-card-move");
        menu.getElement().setAttribute("aria-label", getTranslation("task.board.moveMenu", task.title()));
        var root = menu.addItem(getTranslation("task.board.move"));
        for (var status : TaskStatus.values()) {
            if (status != task.status()) {
                root.getSubMenu().addItem(getTranslation("task.board.moveTo", getTranslation(status.translationKey())),
                        click -> onMove.accept(task, status));
            }
        }
        return menu;
    }
}
