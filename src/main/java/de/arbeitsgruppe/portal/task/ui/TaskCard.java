package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A task on the board: title, owner, due date. One the user may move on is dragged by mouse, or
 * moved from the keyboard with "Verschieben", which asks for the target column ({@link TaskMoveDialog}).
 * A card is a handful of components, held in the session while the board is open: a menu of targets
 * on every card (a {@code MenuBar} with its items and their listeners) made one open board weigh
 * about 1 MB in the load test's memory measurement.
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
    final Button move;

    /** @param chooseTarget asks where the task goes, for a move from the keyboard */
    TaskCard(Task task, boolean movable, LocalDate today, Consumer<Shown> chooseTarget) {
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
        move = movable ? moveButton(chooseTarget) : null;
        if (movable) {
            add(move);
            var drag = DragSource.create(this);
            drag.setDragData(this.task);
            drag.setEffectAllowed(EffectAllowed.MOVE);
        }
    }

    private Button moveButton(Consumer<Shown> chooseTarget) {
        var button = new Button(getTranslation("task.board.move"), click -> chooseTarget.accept(task));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // the visible word stays part of the name (WCAG 2.5.3), the title says which card it moves
        button.setAriaLabel(getTranslation("task.board.moveTask", task.title()));
        return button;
    }
}
