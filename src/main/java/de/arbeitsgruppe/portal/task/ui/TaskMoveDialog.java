package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A card's "Verschieben": one button per other column, what dragging does with the mouse. The dialog
 * exists only while it is open, so the board does not keep a menu of targets for every card.
 */
class TaskMoveDialog extends Dialog {

    final List<Button> targets = new ArrayList<>();
    final Button cancel = new Button();

    TaskMoveDialog(TaskCard.Shown task, BiConsumer<TaskCard.Shown, TaskStatus> onMove) {
        setHeaderTitle(getTranslation("task.board.moveTask", task.title()));
        var choices = new Div();
        choices.addClassName("task-move-targets");
        for (var status : TaskStatus.values()) {
            if (status != task.status()) {
                var text = getTranslation("task.board.moveTo", getTranslation(status.translationKey()));
                var target = new Button(text, click -> {
                    close();
                    onMove.accept(task, status);
                });
                targets.add(target);
                choices.add(target);
            }
        }
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> close());
        add(choices);
        getFooter().add(cancel);
        setWidth("min(24rem, 100%)");
    }
}
