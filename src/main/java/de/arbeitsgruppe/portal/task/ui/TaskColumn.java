package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** One status on the board: its heading with the number of tasks, the cards, and a note when not all are shown. */
class TaskColumn extends Section {

    final TaskStatus status;
    final H2 heading = new H2();
    final UnorderedList cards = new UnorderedList();
    final Paragraph note = new Paragraph();

    TaskColumn(TaskStatus status, BiConsumer<TaskCard.Shown, TaskStatus> onDrop) {
        this.status = status;
        addClassName("task-column");
        getElement().setAttribute("data-status", status.name().toLowerCase(Locale.ROOT));
        var headingId = "task-column-" + status.name().toLowerCase(Locale.ROOT);
        heading.setId(headingId);
        // focusable from code only: the keyboard lands here when a moved card is not among those shown
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", headingId);
        cards.addClassName("task-column-cards");
        note.addClassName("task-column-note");
        add(heading, cards, note);
        var target = DropTarget.create(this);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(drop -> drop.getDragData().filter(TaskCard.Shown.class::isInstance).map(TaskCard.Shown.class::cast)
                .ifPresent(task -> onDrop.accept(task, status)));
    }

    /** The cards of a page of the column's tasks, of {@code total} the filter finds. */
    void show(List<TaskCard> shown, long total) {
        heading.setText(getTranslation("task.board.column", getTranslation(status.translationKey()), total));
        cards.removeAll();
        shown.forEach(cards::add);
        note.setVisible(total == 0 || shown.size() < total);
        if (total == 0) {
            note.setText(getTranslation("task.board.column.empty"));
        } else {
            note.setText(getTranslation(status.isOpen() ? "task.board.column.firstOpen" : "task.board.column.lastClosed",
                    shown.size(), total));
        }
    }

    List<TaskCard> cards() {
        return cards.getChildren().map(TaskCard.class::cast).toList();
    }
}
